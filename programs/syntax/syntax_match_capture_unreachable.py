# A bare name in a case captures anything, so the cases after it could
# never run: SyntaxError "name capture 'QUIT' makes remaining patterns
# unreachable" (a dotted name, `Commands.QUIT`, was meant).
QUIT = "quit"


def handle(command):
    match command:
        case QUIT:
            return "bye"
        case "help":
            return "usage"


print(handle("help"))
