"""A real MCP client (the reference Python SDK, `mcp` on PyPI) driving `avo mcp` over stdio
through one step on tasks/matmul: begin, an edit, eval, an accepted commit, a slower version
rejected, an abort, a failing call and an unknown tool. Run by tests/integration/mcp_test.cpp:

    python3 mcp_client.py AVO RUN [AVO MCP FLAGS...]

Prints "mcp client: ok" and exits 0 when every check holds; else names the first that did not.
"""
import asyncio
import json
import pathlib
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def check(cond, what):
    if not cond:
        print(f"mcp client: FAILED: {what}")
        sys.exit(1)


def text_of(result):
    return "\n".join(getattr(c, "text", "") for c in result.content)


def is_error(result):
    return bool(getattr(result, "is_error", getattr(result, "isError", False)))


def edit(workspace, old, new):
    kernel = pathlib.Path(workspace) / "kernel.cpp"
    src = kernel.read_text()
    check(old in src, f"{old!r} in {kernel}")
    kernel.write_text(src.replace(old, new))


async def main(avo, run, flags):
    server = StdioServerParameters(command=avo, args=["mcp", *flags])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = {t.name: t for t in (await session.list_tools()).tools}
            for name in ("step_begin", "step_eval", "step_commit", "step_abort", "step_status",
                         "status", "log", "show", "diff", "kb_search"):
                check(name in tools, f"tool {name} listed")
            schema = getattr(tools["step_commit"], "input_schema",
                             getattr(tools["step_commit"], "inputSchema", {}))
            check(schema.get("required") == ["run", "message"], f"step_commit's schema: {schema}")

            begun = await session.call_tool("step_begin", {"run": run, "by": "mcp-test"})
            check(not is_error(begun), f"step_begin: {text_of(begun)}")
            workspace = json.loads(text_of(begun))["workspace"]
            edit(workspace, "kOrder = Order::ijk", "kOrder = Order::ikj")
            evaluated = await session.call_tool("step_eval", {"run": run})
            check(not is_error(evaluated), f"step_eval: {text_of(evaluated)}")
            check(json.loads(text_of(evaluated)).get("correct") is True,
                  f"step_eval correct: {text_of(evaluated)[:400]}")
            committed = await session.call_tool(
                "step_commit", {"run": run, "message": "order ikj: a unit-stride inner loop"})
            check(not is_error(committed) and "committed as v1" in text_of(committed),
                  f"accepted commit: {text_of(committed)}")

            again = await session.call_tool("step_begin", {"run": run, "by": "mcp-test"})
            workspace = json.loads(text_of(again))["workspace"]
            edit(workspace, "kOrder = Order::ikj", "kOrder = Order::jki")
            slower = await session.call_tool("step_commit", {"run": run, "message": "order jki"})
            check(not is_error(slower) and "rejected:" in text_of(slower),
                  f"rejected commit: {text_of(slower)}")
            aborted = await session.call_tool("step_abort", {"run": run, "message": "slower"})
            check(not is_error(aborted), f"step_abort: {text_of(aborted)}")

            # avo's own one-line error, as an error result the model reads.
            nothing = await session.call_tool("step_commit", {"run": run, "message": "again"})
            check(is_error(nothing) and "no step is open" in text_of(nothing),
                  f"a commit with no open step: {text_of(nothing)}")
            log = await session.call_tool("log", {"run": run})
            check("v1" in text_of(log), f"log: {text_of(log)}")
            try:
                await session.call_tool("no_such_tool", {})
                unknown = "no error"
            except Exception as e:  # the SDK raises the protocol error
                unknown = str(e)
            check("Unknown tool: no_such_tool" in unknown, f"unknown tool: {unknown}")
            try:
                await session.call_tool("step_commit", {"run": run})
                missing = "no error"
            except Exception as e:
                missing = str(e)
            check("missing argument 'message'" in missing, f"missing argument: {missing}")
    print("mcp client: ok")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
