# An uncaught error raised inside a generated method: the traceback
# shows the exec'd source as File "<string>".
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    name: str
    retries: int = 3


c = Config("db")
print(c, hash(c) == hash(("db", 3)))
c.retries = 5
