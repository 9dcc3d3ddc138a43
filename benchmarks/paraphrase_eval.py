"""Sentence-rewrite decisions on MSRP: 10-fold cross-validated accuracy, beside tuned word Jaccard.

    python benchmarks/paraphrase_eval.py          # cross-validation figures
    python benchmarks/paraphrase_eval.py --fit    # print coefficients fitted on all of MSRP train

The model is :mod:`storyline.reuse.paraphrase`'s logistic regression over overlap
features; in each fold it is fitted on the other nine folds.  The baseline is
word-unigram Jaccard with its threshold tuned on the training folds.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from storyline.reuse.paraphrase import FEATURES, features

MSRP = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "paraphrase" / "msrp_train.tsv"


def load() -> tuple[np.ndarray, np.ndarray]:
    X, y = [], []
    with open(MSRP, encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 5 or row[0] not in ("0", "1"):
                continue
            X.append(features(row[3], row[4]))
            y.append(int(row[0]))
    return np.array(X), np.array(y)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fit", action="store_true")
    args = ap.parse_args()
    X, y = load()
    if args.fit:
        model = LogisticRegression(C=1.0, max_iter=2000).fit(X, y)
        print("COEF = np.array([" + ", ".join(f"{c:.4f}" for c in model.coef_[0]) + "])")
        print(f"INTERCEPT = {model.intercept_[0]:.4f}")
        return
    accs, f1s, base_accs, base_f1s = [], [], [], []
    for train, test in StratifiedKFold(10, shuffle=True, random_state=0).split(X, y):
        model = LogisticRegression(C=1.0, max_iter=2000).fit(X[train], y[train])
        pred = model.predict(X[test])
        accs.append(np.mean(pred == y[test]))
        tp = np.sum((pred == 1) & (y[test] == 1))
        f1s.append(2 * tp / (np.sum(pred == 1) + np.sum(y[test] == 1)))
        jac = X[:, FEATURES.index("jaccard")]
        ths = np.linspace(0, 1, 201)
        best = ths[np.argmax([np.mean((jac[train] >= t) == y[train]) for t in ths])]
        bp = jac[test] >= best
        base_accs.append(np.mean(bp == y[test]))
        tpb = np.sum(bp & (y[test] == 1))
        base_f1s.append(2 * tpb / (np.sum(bp) + np.sum(y[test] == 1)))
    print(f"MSRP train, {len(y)} pairs, 10-fold cross-validation")
    print(f"storyline paraphrase model: accuracy {np.mean(accs):.3f}, F1 {np.mean(f1s):.3f}")
    print(f"word Jaccard, tuned threshold: accuracy {np.mean(base_accs):.3f}, F1 {np.mean(base_f1s):.3f}")


if __name__ == "__main__":
    main()
