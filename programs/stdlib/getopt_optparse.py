# getopt and optparse: short and long options, arguments, errors, help text
import getopt
import optparse

print(getopt.getopt(["-a", "-b", "val", "--long=x", "rest", "-c"], "ab:c", ["long="]))
print(getopt.gnu_getopt(["file", "-a", "--flag", "more"], "a", ["flag"]))
for args in [["-z"], ["--nope"], ["-b"], ["--long"]]:
    try:
        getopt.getopt(args, "ab:", ["long="])
    except getopt.GetoptError as e:
        print("GetoptError:", e.msg, repr(e.opt))

parser = optparse.OptionParser(usage="%prog [options] files", prog="tool", version="%prog 1.0")
parser.add_option("-v", "--verbose", action="store_true", dest="verbose", default=False, help="talk more")
parser.add_option("-n", "--count", type="int", default=3, help="how many [default: %default]")
parser.add_option("-o", "--output", metavar="FILE", help="write to FILE")
parser.add_option("-I", action="append", dest="includes", default=[])
group = optparse.OptionGroup(parser, "Extra", "Rarely needed.")
group.add_option("--mode", choices=["fast", "slow"], default="fast")
parser.add_option_group(group)
opts, args = parser.parse_args(["-v", "-n", "7", "-I", "a", "-Ib", "--mode=slow", "x", "y"])
print(opts.verbose, opts.count, opts.output, opts.includes, opts.mode, args)
print(sorted(vars(opts).items()))
print(parser.format_help())
print(parser.get_version())


class Quiet(optparse.OptionParser):
    def exit(self, status=0, msg=None):
        print("exit", status, repr(msg))
        raise SystemExit(status)

    def print_usage(self, file=None):
        print("usage printed")


q = Quiet(prog="q")
q.add_option("-n", type="int")
for argv in [["-n", "x"], ["--bogus"], ["-n"]]:
    try:
        q.parse_args(argv)
    except SystemExit:
        pass
