#!/usr/bin/env python3
"""Place precision and province recall of the extractor on the Milliyet news NER data (Tür, Hakkani-Tür and
Oflazer 2003), which no one in this project annotated.

The data is not in this repository (not ours to copy): pass a file in the bracketed format one sentence a line,
"[LOC Ankara ] 'da ...", e.g. `src/reyyan.test.txt` of github:hilalbenzer/turkish-ner. The sentences are joined into
documents of --lines lines (tokens re-joined with spaces, apostrophe suffixes glued back), analysed by AnalyzeCli
with the classpath given, and scored:

- a place mention is right when it lies inside a LOC span, or inside a longer ORG span (a body named after the place,
  "İstanbul Ticaret Odası": our guidelines count it); an ORG span that is the place name alone is a club, and wrong;
- province recall: LOC spans whose name (before the apostrophe) is a province or alias, found by a mention inside.

usage: milliyet_places.py DATA_FILE --cp CLASSPATH [--lines 40] [--work DIR] [--show]
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile
from collections import Counter

ENTITY = re.compile(r'\[(LOC|PER|ORG) (.*?) \]')
GAZETTEER = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'dev', 'beyan', 'extract',
                         'data', 'tr-admin-divisions.json')


def fold(s):
    return s.replace('İ', 'i').replace('I', 'ı').lower()


def sentence(line):
    """The plain text of one bracketed line and its entity spans [type, start, end]."""
    tokens, pos, entity = [], 0, 0
    for m in ENTITY.finditer(line):
        tokens += [(t, None, None) for t in line[pos:m.start()].split()]
        entity += 1
        tokens += [(t, m.group(1), entity) for t in m.group(2).split()]
        pos = m.end()
    tokens += [(t, None, None) for t in line[pos:].split()]
    text, spans = '', {}
    for token, kind, ent in tokens:
        if text and not (token.startswith("'") and len(token) > 1 and kind is None):
            text += ' '
        start = len(text)
        text += token
        if kind:
            spans.setdefault(ent, [kind, start, len(text)])[2] = len(text)
    return text, list(spans.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('--cp', required=True, help='classpath of the extractor and Jackson')
    ap.add_argument('--lines', type=int, default=40)
    ap.add_argument('--work')
    ap.add_argument('--show', action='store_true', help='print each wrong mention in context')
    args = ap.parse_args()
    work = args.work or tempfile.mkdtemp(prefix='milliyet-')
    docs, preds = os.path.join(work, 'docs'), os.path.join(work, 'pred')
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(docs)
    lines = [l.rstrip('\n') for l in open(args.data, encoding='utf-8-sig') if l.strip()]
    gold = {}
    for n, first in enumerate(range(0, len(lines), args.lines)):
        text, spans = '', []
        for line in lines[first:first + args.lines]:
            t, s = sentence(line)
            spans += [[k, a + len(text), b + len(text)] for k, a, b in s]
            text += t + '\n'
        name = f'm{n:04d}'
        open(os.path.join(docs, name + '.txt'), 'w', encoding='utf-8').write(text)
        gold[name] = (text, spans)
    subprocess.run(['java', '-cp', args.cp, 'dev.beyan.extract.cli.AnalyzeCli', docs, '--out', preds],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    provinces = set()
    for p in json.load(open(GAZETTEER, encoding='utf-8'))['provinces']:
        provinces.add(fold(p['name']))
        provinces.update(fold(a) for a in p.get('aliases', []))
    right = wrong = in_body = province_spans = province_found = 0
    wrong_words = Counter()
    for name, (text, spans) in sorted(gold.items()):
        pred = json.load(open(os.path.join(preds, name + '.json'), encoding='utf-8'))
        mentions = [(m['start'], m['end']) for p in pred['places'] for m in p['mentions']]
        for s, e in mentions:
            inside = [(k, a, b) for k, a, b in spans if a <= s and e <= b]
            if any(k == 'LOC' for k, _, _ in inside):
                right += 1
            elif any(k == 'ORG' and b - a > e - s + 3 for k, a, b in inside):
                right += 1
                in_body += 1
            else:
                wrong += 1
                wrong_words[text[s:e]] += 1
                if args.show:
                    print('wrong', name, repr(text[max(0, s - 70):e + 40].replace('\n', ' | ')))
        for k, a, b in spans:
            if k == 'LOC' and fold(text[a:b].split("'")[0]) in provinces:
                province_spans += 1
                province_found += any(a <= s and e <= b for s, e in mentions)
    total = right + wrong
    print(f'{len(gold)} documents, {total} place mentions: precision {right / total:.3f} '
          f'({in_body} inside the name of a body; LOC spans only: {(right - in_body) / total:.3f})')
    print(f'province recall {province_found / province_spans:.3f} ({province_found} of {province_spans} LOC spans)')
    print('most frequent wrong mentions:', ', '.join(f'{w} {c}' for w, c in wrong_words.most_common(12)))


if __name__ == '__main__':
    sys.exit(main())
