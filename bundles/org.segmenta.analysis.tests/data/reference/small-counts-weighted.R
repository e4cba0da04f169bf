# SPDX-License-Identifier: EPL-2.0
# Reference permutation p-values of weighted tables with small expected counts, for WeightedReferenceTest.
# Run with Debian's r-cran-survey, from this folder:  Rscript small-counts-weighted.R > small-counts-weighted.txt
# Writes ../small-counts-weighted.csv (2,000 people: segment 1-3; x with three common levels and two
# rare ones, so that 6 of the 15 cells expect fewer than 5 people; w a continuous weight; w2 a weight
# of three values, as post-stratification gives) and key-value lines: svychisq's Rao-Scott statistic
# of segment by x weighted by w, and for w and w2 the permutation p-value of the weighted Pearson
# chi-square (the weighted table scaled to n) over B = 200,000 random permutations of the segments
# over the people, each keeping their x and weight (its own standard error about 0.0005 at p = 0.05).
suppressMessages(library(survey))
set.seed(2026)
n <- 2000
segment <- sample(1:3, n, replace = TRUE, prob = c(0.4, 0.35, 0.25))
common <- sapply(segment, function(s) sample(c("A", "B", "C"), 1, prob = c(0.4, 0.35, 0.25) + c(0.02, 0, -0.02) * s))
x <- common
x[sample(which(segment == 3), 5)] <- "D"
x[sample(which(segment != 3), 1)] <- "D"
x[sample(which(segment == 1), 3)] <- "E"
x[sample(which(segment == 2), 1)] <- "E"
w <- round(exp(rnorm(n, 0, 0.5)) * ifelse(x == "D", 1.5, 1), 4)
w2 <- c(0.8, 1, 1.6)[sample(1:3, n, replace = TRUE)]
d <- data.frame(segment = segment, x = x, w = w, w2 = w2)
write.csv(d, "../small-counts-weighted.csv", row.names = FALSE, quote = FALSE)
cat("# survey", as.character(packageVersion("survey")), "on", R.version.string, "; written by small-counts-weighted.R\n")
design <- svydesign(ids = ~1, weights = ~w, data = d)
chisq <- suppressWarnings(svychisq(~segment + x, design, statistic = "Chisq"))
f <- suppressWarnings(svychisq(~segment + x, design, statistic = "F"))
df <- as.numeric(chisq$parameter)
cat("w.raoScott", sprintf("%.10f", f$statistic * df), "\n")
cat("w.raoScott.p", sprintf("%.10e", chisq$p.value), "\n")
cat("df", df, "\n")
pearson <- function(table) {
  table <- table * n / sum(table)
  expected <- outer(rowSums(table), colSums(table)) / n
  sum((table - expected)^2 / expected)
}
levels <- sort(unique(x))
B <- 200000
for (name in c("w", "w2")) {
  weights <- d[[name]]
  cells <- outer(x, levels, "==") * weights
  observed <- pearson(rowsum(cells, segment))
  reached <- 0
  for (b in 1:B) {
    if (pearson(rowsum(cells, sample(segment))) >= observed * (1 - 64 * .Machine$double.eps)) reached <- reached + 1
  }
  cat(paste0(name, ".pearson"), sprintf("%.10f", observed), "\n")
  cat(paste0(name, ".p.permutation"), sprintf("%.10f", (1 + reached) / (B + 1)), "\n")
}
