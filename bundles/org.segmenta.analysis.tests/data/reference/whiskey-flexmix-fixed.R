# SPDX-License-Identifier: EPL-2.0
# Fixed-start reference on flexmix's whiskey data, for LatentClassReferenceTest.
# Run with Debian's r-cran-flexmix, from this folder (after whiskey-flexmix.R wrote ../whiskey.csv):
#   Rscript whiskey-flexmix-fixed.R > whiskey-flexmix-fixed.txt
# flexmix(cluster = POSTERIORS) starts with an M-step from the given posterior class probabilities
# of each row, then alternates E- and M-steps. The start is deterministic and easy to rebuild in
# Java: row i (from 0), class c (from 1) weighs 1 + (i * c mod 7), normalised per row. With
# tolerance = 0 flexmix never declares convergence, so it makes exactly iter.max iterations, and
# minprior = 0 keeps every class: the run is fully determined by the start and the iteration count.
# flexmix reports as prior() the mean posterior after its last E-step, half a step ahead of the
# centres; the shares the last iteration used are the prior of the same run stopped one iteration
# earlier. Classes are written largest share first; "probabilities" are the centres (P(brand drunk)).
suppressMessages(library(flexmix))
x <- as.matrix(read.csv("../whiskey.csv", check.names = FALSE))
k <- 3
iterations <- 25
i <- seq_len(nrow(x)) - 1
weights <- sapply(seq_len(k), function(c) 1 + (i * c) %% 7)
posteriors <- weights / rowSums(weights)
run <- function(iterations) {
  flexmix(x ~ 1, k = k, cluster = posteriors, model = FLXMCmvbinary(),
          control = list(iter.max = iterations, tolerance = 0, minprior = 0))
}
m <- run(iterations)
shares <- prior(run(iterations - 1))
order <- order(shares, decreasing = TRUE)
centres <- parameters(m)
cat("# flexmix", as.character(packageVersion("flexmix")), "on", R.version.string, "; written by whiskey-flexmix-fixed.R\n")
cat("classes", k, "\n")
cat("iterations", m@iter, "\n")
cat(sprintf("loglik %.10f\n", as.numeric(logLik(m))))
cat("shares", sprintf("%.15g", shares[order]), "\n")
for (r in seq_len(k)) {
  cat(sprintf("class.%d.probabilities", r - 1), sprintf("%.15g", centres[, order[r]]), "\n")
}
cat("labels", match(clusters(m), order) - 1, "\n")
