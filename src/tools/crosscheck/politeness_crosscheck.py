#!/usr/bin/env python3
"""Independent check of the English politeness figures, outside the Java trainer.

Reads the Stack Exchange politeness corpus, takes the top and bottom quartile of `Normalized Score`
(as `train politeness` does), shuffles with the same seed idea (numpy RandomState(2013)) into 10 folds and
fits a plain L2 logistic regression (scipy L-BFGS) on several feature sets:

  words            lower-cased words, present or not
  words+pairs      plus neighbouring word pairs (with a sentence-start mark)
  chars            character 2- to 5-grams, length-normalised
  words+pairs+goemotions
                   plus one number: the log-odds of a positive-vs-negative emotion model trained here on
                   GoEmotions (Reddit comments; a different corpus, so no fold leaks into it)

Needs numpy and scipy only. Run from the project folder:
    python3 src/tools/crosscheck/politeness_crosscheck.py
It prints one line per feature set and cost: mean accuracy and standard deviation over the 10 folds.
"""
import csv
import re
import sys

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

CORPUS = "src/tools/data/politeness/stack-exchange.annotated.csv"
GOEMOTIONS = "src/tools/data/goemotions"
TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[0-9]+|[^\sA-Za-z0-9]")


def words(text):
    return [w.lower() for w in TOKEN.findall(text)]


def word_features(text, pairs):
    ws = words(text)
    features = {"w:" + w for w in ws}
    if pairs:
        features |= {"p:" + a + " " + b for a, b in zip(["<s>"] + ws, ws + ["</s>"])}
    return features


def char_features(text):
    padded = " " + text.lower() + " "
    return {"c:" + padded[i:i + n] for n in (2, 3, 4, 5) for i in range(len(padded) - n + 1)}


def to_matrix(feature_sets, vocabulary=None):
    if vocabulary is None:
        vocabulary = {}
        for features in feature_sets:
            for name in sorted(features):
                vocabulary.setdefault(name, len(vocabulary))
    rows, cols = [], []
    for i, features in enumerate(feature_sets):
        for name in features:
            if name in vocabulary:
                rows.append(i)
                cols.append(vocabulary[name])
    matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feature_sets), len(vocabulary)))
    return matrix, vocabulary


def fit(x, y, cost):
    n, d = x.shape

    def loss(w):
        z = x @ w[:-1] + w[-1]
        p = 1 / (1 + np.exp(-z))
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 / cost * np.dot(w[:-1], w[:-1])
        gradient = np.empty(d + 1)
        error = p - y
        gradient[:-1] = x.T @ error + w[:-1] / cost
        gradient[-1] = error.sum()
        return value, gradient

    return minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def cross_validate(x, y, folds, cost):
    accuracies = []
    for k, test in enumerate(folds):
        train = np.concatenate([f for j, f in enumerate(folds) if j != k])
        w = fit(x[train], y[train], cost)
        predicted = (x[test] @ w[:-1] + w[-1]) > 0
        accuracies.append(np.mean(predicted == y[test]))
    return np.mean(accuracies), np.std(accuracies)


def emotion_scores(texts):
    # label ids as GoEmotions numbers them (its labels.txt is not copied into the project)
    negative = {2, 3, 10, 11}   # anger, annoyance, disapproval, disgust
    positive = {15, 4, 5, 0}    # gratitude, approval, caring, admiration
    train_texts, train_y = [], []
    for split in ("train.tsv", "dev.tsv"):
        for line in open(GOEMOTIONS + "/" + split, encoding="utf-8"):
            text, ids, _ = line.rstrip("\n").split("\t")
            ids = {int(i) for i in ids.split(",")}
            if ids & negative and not ids & positive:
                train_texts.append(text)
                train_y.append(0.0)
            elif ids & positive and not ids & negative:
                train_texts.append(text)
                train_y.append(1.0)
    x, vocabulary = to_matrix([word_features(t, True) for t in train_texts])
    w = fit(x, np.array(train_y), 0.3)
    scored, _ = to_matrix([word_features(t, True) for t in texts], vocabulary)
    return (scored @ w[:-1] + w[-1]) / 3


def main():
    rows = list(csv.DictReader(open(CORPUS, encoding="utf-8")))
    scores = np.array([float(r["Normalized Score"]) for r in rows])
    low, high = np.quantile(scores, 0.25), np.quantile(scores, 0.75)
    data = [(r["Request"], 1.0 if s >= high else 0.0) for r, s in zip(rows, scores) if s <= low or s >= high]
    texts = [t for t, _ in data]
    y = np.array([label for _, label in data])
    folds = np.array_split(np.random.RandomState(2013).permutation(len(data)), 10)
    print(f"{len(data)} requests, {int(y.sum())} polite", flush=True)

    words_only, _ = to_matrix([word_features(t, False) for t in texts])
    pairs, _ = to_matrix([word_features(t, True) for t in texts])
    chars, _ = to_matrix([char_features(t) for t in texts])
    norms = np.sqrt(np.asarray(chars.multiply(chars).sum(1)).ravel())
    chars = sp.diags(1 / norms) @ chars
    emotion = sp.csr_matrix(emotion_scores(texts).reshape(-1, 1))
    sets = [("words", words_only), ("words+pairs", pairs), ("chars", chars),
            ("words+pairs+goemotions", sp.hstack([pairs, emotion]).tocsr())]
    for name, x in sets:
        for cost in (0.1, 0.3, 1.0):
            mean, sd = cross_validate(x, y, folds, cost)
            print(f"{name:24s} C={cost:<4} accuracy {mean:.3f} +- {sd:.3f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
