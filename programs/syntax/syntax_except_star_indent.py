# An except* clause with no indented block: IndentationError naming the except* statement.
try:
    pass
except* ValueError:
pass
