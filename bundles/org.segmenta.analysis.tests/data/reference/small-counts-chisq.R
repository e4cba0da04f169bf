# SPDX-License-Identifier: EPL-2.0
# Reference p-values of a table with small expected counts, for WeightedReferenceTest.
# Run with R, from this folder:  Rscript small-counts-chisq.R > small-counts-chisq.txt
# The 3 x 3 table below (rows segments, columns levels) has all 9 expected counts below 5.
# Writes Pearson's X², its asymptotic p-value and the Monte Carlo p-value of
# chisq.test(simulate.p.value = TRUE) with B = 1,000,000 tables (its own error about 0.0005), to
# which a p-value from 10,000 tables must come within sampling error.
counts <- matrix(c(3, 0, 1, 1, 4, 0, 0, 2, 6), nrow = 3, byrow = TRUE)
cat("# R", R.version.string, "; written by small-counts-chisq.R\n")
cat("table", as.vector(t(counts)), "\n")
plain <- suppressWarnings(chisq.test(counts, correct = FALSE))
cat(sprintf("chisq %.10f\n", plain$statistic))
cat(sprintf("p.asymptotic %.10f\n", plain$p.value))
cat(sprintf("expected %s\n", paste(sprintf("%.6f", as.vector(t(plain$expected))), collapse = " ")))
set.seed(2026)
simulated <- chisq.test(counts, simulate.p.value = TRUE, B = 1e6)
cat(sprintf("p.montecarlo %.10f\n", simulated$p.value))
