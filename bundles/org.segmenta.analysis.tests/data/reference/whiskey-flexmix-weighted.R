# SPDX-License-Identifier: EPL-2.0
# Reference weighted latent class results, for WeightedReferenceTest.
# Run with Debian's r-cran-flexmix, from this folder:
#   Rscript whiskey-flexmix-weighted.R > whiskey-flexmix-weighted.txt
# Writes ../whiskey-patterns.csv (flexmix's whiskey data as it ships: the 484 distinct Incidence
# patterns of 21 brands with their frequency Freq) and, for C = 2 and 3 classes, the highest
# log-likelihood and the class shares of stepFlexmix(nrep = 30, weights = ~ Freq) with
# FLXMCmvbinary (minprior = 0, tolerance 1e-12): flexmix's own weighted fit, where each pattern
# counts Freq times.
suppressMessages(library(flexmix))
data("whiskey")
x <- whiskey$Incidence
colnames(x) <- make.names(colnames(x))
write.csv(data.frame(x, Freq = whiskey$Freq), "../whiskey-patterns.csv", row.names = FALSE, quote = FALSE)
cat("# flexmix", as.character(packageVersion("flexmix")), "on", R.version.string, "; written by whiskey-flexmix-weighted.R\n")
cat("patterns", nrow(x), "\n")
cat("people", sum(whiskey$Freq), "\n")
for (k in 2:3) {
  set.seed(2026)
  m <- stepFlexmix(Incidence ~ 1, data = whiskey, weights = ~ Freq, k = k, nrep = 30, model = FLXMCmvbinary(),
                   verbose = FALSE, control = list(minprior = 0, tolerance = 1e-12, iter.max = 10000))
  cat(sprintf("classes.%d.loglik %.10f\n", k, as.numeric(logLik(m))))
  cat(sprintf("classes.%d.shares %s\n", k, paste(sprintf("%.10f", sort(prior(m), decreasing = TRUE)), collapse = " ")))
}
