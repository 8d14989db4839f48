#!/usr/bin/env python3
"""Writes a synthetic playbook of N pages into a folder, in the input format, for preview timings.

Usage: make-corpus.py N OUT_DIR   (a copy of the default playbook in input/, plus N generated pages)
Each page has front matter, headings, a list, a task list, a table, code and two xref links.
"""
import os, random, shutil, sys

n, out = int(sys.argv[1]), sys.argv[2]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
src = os.path.join(root, "input")
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(src, out)

rng = random.Random(42)
tags = ["strategy", "kpi", "roi", "outsourcing", "in-house", "training", "politics", "stakeholders",
        "handover", "governance", "culture", "measurement", "content", "reputation"]
phases = {"tactical": "education", "strategic": "participation", "thought-leadership": "relationships"}
kinds = [("article", "articles"), ("checklist", "checklists")]
ids = [f"page-{i:05d}" for i in range(n)]
for i, page_id in enumerate(ids):
    kind, folder = kinds[i % 2]
    stage = list(phases)[i % 3]
    a, b = rng.sample(ids, 2)
    body = f"""---
title: Synthetic page {i}
description: Page {i} of the synthetic corpus, for timing the preview.
kind: {kind}
stages: [{stage}]
phase: {phases[stage]}
tags: [{", ".join(rng.sample(tags, 2))}]
date: 2026-01-01
---

This page links to [](xref:{a}) and to [another page](xref:{b}#context).

## Context

Some text about stage {stage}, with *emphasis* and **strong** words, repeated to give the page body.
Social media work moves from the what to the why; this paragraph stands in for the real prose.

- first point
- second point
- third point

## Steps

- [ ] Agree the goal
- [ ] Name an owner
- [x] Open the accounts

| Metric | Goal |
|---|---|
| Reach | Awareness |
| Replies | Participation |

```
example code block {i}
```
"""
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    with open(os.path.join(out, folder, page_id + ".md"), "w") as f:
        f.write(body)
print(f"Wrote {n} pages to {out}")
