# Shortcuts; the README's two commands work without make.
.PHONY: start test lint bench

start:
	python3 packaging/bootstrap.py start

test:
	python3 packaging/bootstrap.py test

lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

bench:
	.venv/bin/python tests/benchmarks/run.py --size 100000 --json bench-results.json
