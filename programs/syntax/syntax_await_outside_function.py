# await at module level: SyntaxError "'await' outside function" with its caret.
import asyncio

result = await asyncio.sleep(0)
print(result)
