#!/usr/bin/env python3
"""The mutation score of each namespace, from the JSON reports of several Stryker runs.

    python3 Mutation/scores.py run1/reports/mutation-report.json run2/reports/mutation-report.json …

Each file counts once, from the last report, in the order given, that tested it. A static mutant
takes the verdict that static_mutants.py recorded next to its report (static-verdicts.json), when
there is one. Prints the Markdown table of docs/quality.md, then the surviving and uncovered mutants.
"""
import collections
import json
import os
import sys

TESTED = ('Killed', 'Timeout', 'Survived', 'NoCoverage')


def main():
    files = {}
    for report in sys.argv[1:]:
        data = json.load(open(report))
        verdicts_path = os.path.join(os.path.dirname(report), 'static-verdicts.json')
        verdicts = json.load(open(verdicts_path)) if os.path.exists(verdicts_path) else {}
        for path, file in data['files'].items():
            mutants = [m for m in file['mutants'] if m['status'] in TESTED]
            if not mutants:
                continue
            for mutant in mutants:
                mutant['static_verdict'] = verdicts.get(str(mutant['id']))
            files[path.split('src/Cdg.Inscription/')[-1]] = (mutants, file['source'].split('\n'))

    counts = collections.defaultdict(collections.Counter)
    survivors = []
    for name, (mutants, source) in sorted(files.items()):
        namespace = '.'.join(name.split('/')[:-1]) or '(root)'
        for mutant in mutants:
            status = mutant['static_verdict'] or mutant['status']
            for key in (namespace, 'Overall'):
                counts[key][status] += 1
                counts[key]['static'] += 1 if mutant.get('static') else 0
            if status in ('Survived', 'NoCoverage'):
                line = mutant['location']['start']['line']
                survivors.append(f"{name}:{line} {status} {mutant['mutatorName']}: {mutant.get('replacement', '')!r} | {source[line - 1].strip()}")

    print('| Namespace | Killed | Timeout | Survived | No coverage | Of them static | Score | Target |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for key in sorted(counts, key=lambda k: (k == 'Overall', k)):
        c = counts[key]
        detected = c['Killed'] + c['Timeout']
        total = detected + c['Survived'] + c['NoCoverage']
        name = {'(root)': 'Cdg.Inscription (root)', 'Overall': '**Overall**'}.get(key, key)
        score = f'{100 * detected / total:.1f} %'
        target = '90 %' if key in ('Dossiers', 'Time') else '85 %'
        print(f"| {name} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {c['static']} | "
              f"{'**' + score + '**' if key == 'Overall' else score} | {target} |")
    print()
    print('\n'.join(survivors))


if __name__ == '__main__':
    main()
