# SPDX-License-Identifier: EPL-2.0
"""Weighted k-means reference on iris from scikit-learn, for KMeansWeightedReferenceTest.

Run with Debian's python3-sklearn:  /usr/bin/python3 iris-weighted-kmeans.py > iris-weighted-kmeans.txt
(from this folder). Also writes ../iris-weighted.csv: the four iris measurements with a case weight
per flower, 0.5 + (7 i mod 5) for row i (0-based), so weights 0.5 to 4.5.
- restarts.K.inertia: the lowest weighted inertia of KMeans(n_clusters=K, n_init=100,
  random_state=0).fit(x, sample_weight=w), which our weighted restarts must reach (relative 1e-6).
"""
import numpy
import sklearn
from sklearn.cluster import KMeans

x = numpy.loadtxt("../iris.csv", delimiter=",", skiprows=1, usecols=range(4))
w = numpy.array([0.5 + (7 * i) % 5 for i in range(len(x))])
with open("../iris-weighted.csv", "w") as out:
    out.write("sepal_length,sepal_width,petal_length,petal_width,weight\n")
    for row, weight in zip(x, w):
        out.write(",".join(repr(v) for v in row) + "," + repr(weight) + "\n")
print("# scikit-learn %s, numpy %s; written by iris-weighted-kmeans.py" % (sklearn.__version__, numpy.__version__))
for k in (3, 4, 5):
    m = KMeans(n_clusters=k, init="k-means++", n_init=100, tol=1e-4, random_state=0, algorithm="lloyd")
    m.fit(x, sample_weight=w)
    print("restarts.%d.inertia" % k, repr(m.inertia_))
