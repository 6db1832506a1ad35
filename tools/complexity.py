"""The longest functions and the highest cyclomatic complexity in src/vnextract (standard library
only), for the figures of a refactoring note.

    python tools/complexity.py [--top 10] [PATH ...]

Length is lines from ``def`` to the function's last line; complexity is McCabe's count: 1, plus
one per ``if``/``elif``, conditional expression, loop, ``except``, ``with``-less ``assert``,
comprehension loop and condition, ``match`` case, and per extra operand of ``and``/``or``.
Nested functions are counted on their own, not in the function that holds them.
"""
import argparse
import ast
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src", "vnextract")
_BRANCHES = (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.Assert, ast.match_case)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def complexity(function: ast.AST) -> int:
    count = 1
    stack = list(ast.iter_child_nodes(function))
    while stack:
        node = stack.pop()
        if isinstance(node, _FUNCTIONS):
            continue  # counted on its own
        if isinstance(node, _BRANCHES):
            count += 1
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            count += 1 + len(node.ifs)
        stack.extend(ast.iter_child_nodes(node))
    return count


def functions(path: str):
    """(qualified name, lines, complexity) of every function of a module."""
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    module = os.path.splitext(os.path.basename(path))[0]
    out = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{prefix}.{child.name}"
                out.append((name, child.end_lineno - child.lineno + 1, complexity(child)))
                visit(child, name)
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}.{child.name}")
            else:
                visit(child, prefix)

    visit(tree, module)
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[ROOT])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args(argv)
    found = []
    for path in args.paths:
        files = [os.path.join(path, n) for n in sorted(os.listdir(path)) if n.endswith(".py")] \
            if os.path.isdir(path) else [path]
        for name in files:
            found.extend(functions(name))
    over50 = sum(1 for _, lines, _ in found if lines > 50)
    over100 = sum(1 for _, lines, _ in found if lines > 100)
    print(f"{len(found)} functions; {over50} over 50 lines, {over100} over 100")
    print("longest:")
    for name, lines, cc in sorted(found, key=lambda f: -f[1])[:args.top]:
        print(f"  {lines:5d} lines  cc {cc:4d}  {name}")
    print("most complex:")
    for name, lines, cc in sorted(found, key=lambda f: -f[2])[:args.top]:
        print(f"  cc {cc:4d}  {lines:5d} lines  {name}")


if __name__ == "__main__":
    sys.exit(main())
