#!/usr/bin/env python3
"""corpuscheck: find development-set sentences quoted in a Go repository.

Usage: python3 bench/corpuscheck.py . ../shared/corpus [-v]

Reads every string value of the records in CORPUS_DIR/*.jsonl and every
CORPUS_DIR/*.txt (the seed article), and indexes each window of six
normalised words (lower case, letters and digits, apostrophes inside words
kept, curly quotes folded). Then lexes every tracked *.go file of REPO into
comments (runs of // lines joined into one block) and string literals
(interpreted and raw), and reports:

  quoted   -- quoted examples in comments ("...", \u201c...\u201d, `...`)
              of >= 6 words, and how many of them share a 6-word window
              with the corpus;
  anylen   -- quoted examples in comments of any length with a capital
              letter, and how many occur whole (all their words, in
              order) in the corpus: names and phrases too short for a
              6-word window; generic ones ("Jr.", "Secretary of State")
              count too, so this is for reading with -v, not for zero;
  comments -- comment blocks with any 6-word window in the corpus, quoted
              or not (the span that matches is printed);
  strings  -- string literals with any 6-word window in the corpus,
              apart from those whose windows all come from the sample
              article assets/sample.txt (allowed; counted separately).

Also lists non-Go tracked files (testdata, docs) with hits, for information.
Exit status 1 if any hit is found.
"""
import json
import os
import re
import subprocess
import sys

N = 6
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                      "\u2014": " ", "\u2013": " "})


def words(s):
    return WORD.findall(s.translate(FOLD).lower())


def strings_of(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings_of(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            if k in ("id", "source", "license", "has"):
                continue
            yield from strings_of(x)


def text_grams(t):
    grams = set()
    for para in t.split("\n"):
        w = words(para)
        for i in range(len(w) - N + 1):
            grams.add(tuple(w[i:i + N]))
    return grams


CORPUS_LINES = []  # every corpus line as " w1 w2 ... ", for the any-length check


def corpus_grams(d):
    grams = set()
    for name in sorted(os.listdir(d)):
        p = os.path.join(d, name)
        texts = []
        if name.endswith(".jsonl"):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        texts.extend(strings_of(json.loads(line)))
        elif name.endswith(".txt"):
            with open(p, encoding="utf-8") as f:
                texts.append(f.read())
        for t in texts:
            # each line separately: a window must not run across paragraphs
            grams |= text_grams(t)
            CORPUS_LINES.extend(" " + " ".join(words(p)) + " " for p in t.split("\n"))
    return grams


def lex_go(src):
    """Yield (kind, line, text) for comments and string literals."""
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            yield ("line", line, src[i + 2:j])
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j
            yield ("comment", line, src[i + 2:j])
            line += src.count("\n", i, j)
            i = j + 2
        elif c == "`":
            j = src.find("`", i + 1)
            j = n if j < 0 else j
            yield ("string", line, src[i + 1:j])
            line += src.count("\n", i, j)
            i = j + 1
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            if c == '"':
                try:
                    text = json.loads('"' + src[i + 1:j] + '"')
                except ValueError:
                    text = src[i + 1:j]
                yield ("string", line, text)
            i = j + 1
        else:
            i += 1


def blocks(src):
    """Join runs of // lines on consecutive lines into one comment block."""
    cur, start, last = [], 0, -2
    for kind, line, text in lex_go(src):
        if kind == "line":
            if line != last + 1 and cur:
                yield ("comment", start, "\n".join(cur))
                cur = []
            if not cur:
                start = line
            cur.append(text)
            last = line
            continue
        if cur:
            yield ("comment", start, "\n".join(cur))
            cur, last = [], -2
        yield (kind, line, text)
    if cur:
        yield ("comment", start, "\n".join(cur))


QUOTED = re.compile(r'"([^"\n]*(?:\n[^"\n]*)?)"|\u201c([^\u201d]*)\u201d|`([^`]*)`')


def hit_spans(text, grams):
    """Maximal runs of words covered by corpus windows, as strings."""
    w = words(text)
    cover = [False] * len(w)
    for i in range(len(w) - N + 1):
        if tuple(w[i:i + N]) in grams:
            for k in range(i, i + N):
                cover[k] = True
    spans, i = [], 0
    while i < len(w):
        if cover[i]:
            j = i
            while j < len(w) and cover[j]:
                j += 1
            spans.append(" ".join(w[i:j]))
            i = j
        else:
            i += 1
    return spans


def main():
    repo, cdir = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv
    grams = corpus_grams(cdir)
    # The sample article (assets/sample.txt, the seed of the corpus) may be
    # embedded and tested against; hits found in it are counted apart.
    sample = set()
    sp_path = os.path.join(repo, "assets", "sample.txt")
    if os.path.exists(sp_path):
        with open(sp_path, encoding="utf-8") as fh:
            sample = text_grams(fh.read())
    sample_only = grams & sample
    other = grams - sample
    files = subprocess.run(["git", "-C", repo, "ls-files"], capture_output=True,
                           text=True, check=True).stdout.split()
    corpus_text = "\n".join(CORPUS_LINES)
    anylen = anylen_hits = 0
    quoted = quoted_hits = comment_hits = string_hits = other_hits = sample_hits = 0
    for f in files:
        p = os.path.join(repo, f)
        try:
            with open(p, encoding="utf-8") as fh:
                src = fh.read()
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        if not f.endswith(".go"):
            if f.startswith("assets/wordlists/") or f == "assets/sample.txt" or "/testdata/" in f:
                continue
            sp = hit_spans(src, grams)
            if sp:
                other_hits += 1
                print(f"OTHER {f}: {len(sp)} spans, e.g. {sp[0][:100]!r}")
            continue
        for kind, line, text in blocks(src):
            if kind == "comment":
                for m in QUOTED.finditer(text):
                    q = next(g for g in m.groups() if g is not None)
                    qw = words(q)
                    if qw and re.search(r"[A-Z]", q):
                        anylen += 1
                        if " " + " ".join(qw) + " " in corpus_text:
                            anylen_hits += 1
                            if verbose:
                                print(f"QUOTED {f}:{line}: {q!r}")
                    if len(words(q)) >= N:
                        quoted += 1
                        if hit_spans(q, grams):
                            quoted_hits += 1
                sp = hit_spans(text, grams)
                if sp:
                    comment_hits += 1
                    print(f"COMMENT {f}:{line}: " + " | ".join(s[:120] for s in sp))
            else:
                sp = hit_spans(text, other)
                if sp:
                    string_hits += 1
                    print(f"STRING {f}:{line}: " + " | ".join(s[:120] for s in sp))
                    if verbose:
                        print("    " + text[:200].replace("\n", "\\n"))
                elif hit_spans(text, sample_only):
                    sample_hits += 1
                    if verbose:
                        print(f"SAMPLE {f}:{line}: " + " | ".join(s[:120] for s in hit_spans(text, sample_only)))
    print(f"quoted examples (>= {N} words) in comments: {quoted}, of which in corpus: {quoted_hits}")
    print(f"quoted examples (any length, with a capital) in comments: {anylen}, "
          f"of which found whole in the corpus: {anylen_hits}")
    print(f"comment blocks with a corpus {N}-gram: {comment_hits}")
    print(f"string literals with a corpus {N}-gram not in the sample article: {string_hits}")
    print(f"string literals with a {N}-gram of the sample article only (allowed): {sample_hits}")
    print(f"other tracked files with a corpus {N}-gram: {other_hits}")
    sys.exit(1 if quoted_hits or comment_hits or string_hits else 0)


if __name__ == "__main__":
    main()
