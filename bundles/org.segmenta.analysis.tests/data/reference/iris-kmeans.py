# SPDX-License-Identifier: EPL-2.0
"""Reference k-means results on iris (data/iris.csv) from scikit-learn, for KMeansReferenceTest.

Run with Debian's python3-sklearn:  /usr/bin/python3 iris-kmeans.py > iris-kmeans.txt
(from this folder). Writes key-value lines; floats in full precision (repr).
- fixed.*: KMeans(n_clusters=3, init=rows 0, 1, 2 of the data, n_init=1, tol=1e-4,
  algorithm='lloyd'), a deterministic run that our fit from the same centres must reproduce;
- restarts.K.inertia: the lowest inertia of KMeans(n_clusters=K, n_init=100, random_state=0),
  which our restarts must reach within a tolerance (100 starts, so that it is the optimum and not
  a local one: with n_init=10, scikit-learn stops at 46.472 for k = 5, above the 46.446 we reach).
"""
import numpy
import sklearn
from sklearn.cluster import KMeans

x = numpy.loadtxt("../iris.csv", delimiter=",", skiprows=1, usecols=range(4))
init_rows = [0, 1, 2]
fixed = KMeans(n_clusters=3, init=x[init_rows], n_init=1, tol=1e-4, algorithm="lloyd").fit(x)
print("# scikit-learn %s, numpy %s; written by iris-kmeans.py" % (sklearn.__version__, numpy.__version__))
print("fixed.init_rows", *init_rows)
print("fixed.inertia", repr(fixed.inertia_))
print("fixed.iterations", fixed.n_iter_)
for c, centre in enumerate(fixed.cluster_centers_):
    print("fixed.centre.%d" % c, *map(repr, centre))
print("fixed.labels", *fixed.labels_)
for k in (3, 4, 5):
    m = KMeans(n_clusters=k, init="k-means++", n_init=100, tol=1e-4, random_state=0, algorithm="lloyd").fit(x)
    print("restarts.%d.inertia" % k, repr(m.inertia_))
