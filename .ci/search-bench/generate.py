#!/usr/bin/env python3
"""A seeded synthetic playbook of N pages for measuring search: python3 generate.py <out-dir> [pages] [seed].

Copies the default playbook (its config and 17 pages) and adds articles and checklists with
headings, paragraphs, lists and task lists over a vocabulary of about 3,000 words."""
import os, random, shutil, sys

out, pages, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 4000, int(sys.argv[3]) if len(sys.argv) > 3 else 42
rng = random.Random(seed)
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
base = ("client stage strategy social media goal metric audience campaign budget team owner review handover agreement "
        "outsourcing training policy content channel report workshop risk reputation stakeholder culture governance "
        "measurement engagement listening response support sales research brand community crisis approval calendar").split()
syll = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "re", "do", "fi", "gu", "ha", "ji"]
vocab = base + sorted({"".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(3000)})
weights = [1.0 / (i + 1) for i in range(len(vocab))]
tags = ["strategy", "kpi", "roi", "outsourcing", "in-house", "training", "politics", "stakeholders", "handover", "governance", "culture", "measurement", "content", "reputation"]
stages = ["tactical", "strategic", "thought-leadership"]
kinds = [("article", "articles"), ("checklist", "checklists")]

def words(n): return " ".join(rng.choices(vocab, weights, k=n))
def sentence(): s = words(rng.randint(8, 18)); return s[0].upper() + s[1:] + "."

shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(root, "input"), out)
for i in range(pages):
    kind, folder = kinds[i % 2]
    title = words(rng.randint(2, 4)).capitalize() + f" {i}"
    body = []
    for h in range(rng.randint(3, 6)):
        body.append(f"## {words(rng.randint(2, 4)).capitalize()} {h}\n")
        body.append(" ".join(sentence() for _ in range(rng.randint(3, 7))) + "\n")
        body.append("\n".join(("- [ ] " if kind == "checklist" else "- ") + sentence() for _ in range(rng.randint(2, 5))) + "\n")
    st = sorted(rng.sample(stages, rng.randint(1, 2)), key=stages.index)
    front = (f"---\ntitle: {title}\ndescription: {sentence()}\nkind: {kind}\nstages: [{', '.join(st)}]\n"
             f"tags: [{', '.join(rng.sample(tags, 2))}]\n---\n\n")
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    with open(os.path.join(out, folder, f"page-{i:05d}.md"), "w") as f: f.write(front + "\n".join(body))
