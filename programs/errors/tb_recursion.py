def recursive_function(x):
    return x + recursive_function(x-1) if x else 0
recursive_function(10000)
