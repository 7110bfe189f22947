#!/usr/bin/env python3
"""Decides the static mutants of a Stryker run, each in a test process of its own.

Stryker's Microsoft.Testing.Platform runner (5.1.0) keeps one test host for many mutants. A
mutant in a static initializer (a list of names, a table, a constant array) runs once, when the
host first touches the type, before any mutant is switched on: the mutant is never applied, and
the run reports it Survived. This script starts the test application once per static mutant,
with the mutant switched on from the start, and records Killed or Survived.

Run it right after `dotnet stryker`, before anything rebuilds the tests, so that
bin/Debug/net10.0 still holds the mutated library of that run:

    python3 Mutation/static_mutants.py StrykerOutput/<date>/reports/mutation-report.json [tests folder] [runner options]

Runner options (xUnit's, such as -class 'Cdg.Inscription.Tests.Files.*') narrow the suite to
the tests that can reach the mutated files, which is faster; without them the whole suite runs.

It writes static-verdicts.json next to the report, which scores.py reads. With --survivors it
also decides the surviving and uncovered mutants the same way, against every test given rather
than the tests that Stryker recorded as covering them: the corpus tests share one inspection of
each fixture, so only the first test to ask for it is recorded, and a mutant that only a later
test's assertions catch is reported surviving.
"""
import concurrent.futures
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    args = sys.argv[1:]
    survivors = '--survivors' in args
    args = [a for a in args if a != '--survivors']
    report = args[0]
    tests = os.path.abspath(args[1] if len(args) > 1 else os.path.join(HERE, '..', 'bin', 'Debug', 'net10.0'))
    options = args[2:]
    data = json.load(open(report))
    ids = [int(m['id']) for f in data['files'].values() for m in f['mutants']
           if (m.get('static') and m['status'] not in ('Ignored', 'CompileError', 'Killed'))
           or (survivors and m['status'] in ('Survived', 'NoCoverage'))]
    baseline = run(tests, -1, options)
    if baseline[1] != 'Survived':
        sys.exit(f'the tests fail with no mutant switched on: {baseline[2]}')
    verdicts = {}
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for mutant, verdict, detail in pool.map(lambda i: run(tests, i, options), ids):
            verdicts[str(mutant)] = verdict
            print(mutant, verdict, detail, flush=True)
    json.dump(verdicts, open(os.path.join(os.path.dirname(report), 'static-verdicts.json'), 'w'), indent=1)


def run(tests, mutant, options):
    """Runs the whole suite with one mutant switched on from the start; RulesCatalogueTests is left
    out, as it compares the docs of the working tree with the tests, not the library."""
    with tempfile.NamedTemporaryFile(prefix='stryker-static-', delete=False) as file:
        file.write(struct.pack('<i', mutant))
    env = dict(os.environ, STRYKER_MUTANT_FILE=file.name, CDG_PROPERTY_MAX_TEST='100')
    try:
        out = subprocess.run([os.path.join(tests, 'Cdg.Inscription.Tests'), '-class-', 'Cdg.Inscription.Tests.Docs.RulesCatalogueTests', *options],
                             cwd=tests, env=env, capture_output=True, text=True, timeout=300).stdout
    except subprocess.TimeoutExpired:
        return mutant, 'Timeout', ''
    finally:
        os.unlink(file.name)
    totals = re.search(r'Total: (\d+), Errors: (\d+), Failed: (\d+)', out)
    if not totals:
        return mutant, 'RuntimeError', out[-300:]
    failed = re.findall(r'^\s*(?:\x1b\[[0-9;]*m)*\s*(\S+?)(?:\(.*)? \[FAIL\]', out, re.M)
    return mutant, 'Killed' if int(totals.group(2)) + int(totals.group(3)) else 'Survived', ' '.join(failed[:2])


if __name__ == '__main__':
    main()
