# SPDX-License-Identifier: EPL-2.0
# Reference latent class results on flexmix's whiskey data, for LatentClassReferenceTest.
# Run with Debian's r-cran-flexmix, from this folder:  Rscript whiskey-flexmix.R > whiskey-flexmix.txt
# Writes ../whiskey.csv (the data, one row per respondent: the Incidence patterns repeated Freq
# times) and key-value lines: for C = 2, 3, 4 classes the highest log-likelihood of
# stepFlexmix(nrep = 30) with FLXMCmvbinary (a latent class model of binary items), no class
# removal (minprior = 0) and a tight tolerance, so the optimum, not the stopping rule, is compared.
suppressMessages(library(flexmix))
data("whiskey")
x <- whiskey$Incidence[rep(seq_len(nrow(whiskey)), whiskey$Freq), ]
colnames(x) <- make.names(colnames(x))
write.csv(x, "../whiskey.csv", row.names = FALSE, quote = FALSE)
cat("# flexmix", as.character(packageVersion("flexmix")), "on", R.version.string, "; written by whiskey-flexmix.R\n")
cat("rows", nrow(x), "\n")
for (k in 2:4) {
  set.seed(2026)
  m <- stepFlexmix(x ~ 1, k = k, nrep = 30, model = FLXMCmvbinary(), verbose = FALSE,
                   control = list(minprior = 0, tolerance = 1e-12, iter.max = 10000))
  cat(sprintf("classes.%d.loglik %.10f\n", k, as.numeric(logLik(m))))
  cat(sprintf("classes.%d.shares %s\n", k, paste(sprintf("%.10f", sort(prior(m), decreasing = TRUE)), collapse = " ")))
}
