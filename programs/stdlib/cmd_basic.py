# cmd.Cmd reading commands from a StringIO: do_* methods, default, emptyline, help, completion, cmdqueue, postcmd ending the loop
import cmd
import io


class Shell(cmd.Cmd):
    intro = "Welcome."
    prompt = "(shell) "
    doc_header = "Documented:"

    def __init__(self, text, out):
        super().__init__(stdin=io.StringIO(text), stdout=out)
        self.use_rawinput = False
        self.total = 0

    def do_add(self, arg):
        """add N: add N to the total"""
        self.total += int(arg)
        print("total", self.total, file=self.stdout)

    def do_show(self, arg):
        print("show", repr(arg), file=self.stdout)

    def do_quit(self, arg):
        """quit: leave"""
        print("bye", file=self.stdout)
        return True

    def help_show(self):
        print("show ARG: print ARG", file=self.stdout)

    def default(self, line):
        print("unknown:", line, file=self.stdout)

    def precmd(self, line):
        return line.strip()

    def complete_add(self, text, line, begidx, endidx):
        return [s for s in ["1", "10", "100"] if s.startswith(text)]


out = io.StringIO()
sh = Shell("add 2\nadd 40\nshow  hello world \n? show\nhelp\nbogus cmd\n!ls\nquit\nadd 1\n", out)
sh.cmdloop()
print(out.getvalue())
print(sh.total, sh.lastcmd)
print(sh.completenames("a"), sh.complete_add("1", "add 1", 4, 5))
print(sh.parseline("add 5"), sh.parseline("?x"), sh.parseline(""))
out2 = io.StringIO()
sh2 = Shell("", out2)
sh2.cmdqueue = ["show queued", "quit"]
sh2.cmdloop(intro="")
print(out2.getvalue())


class EOFShell(Shell):
    def do_EOF(self, arg):
        print("end of input", file=self.stdout)
        return True


sh3 = EOFShell("show eof-next\n", io.StringIO())
sh3.cmdloop()
print(sh3.stdout.getvalue())
