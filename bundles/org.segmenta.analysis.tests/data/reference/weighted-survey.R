# SPDX-License-Identifier: EPL-2.0
# Reference weighted profile statistics of R survey, for WeightedReferenceTest.
# Run with Debian's r-cran-survey, from this folder:  Rscript weighted-survey.R > weighted-survey.txt
# Writes ../weighted-survey.csv (600 people: id, segment 1-3, region with 4 levels, income, a score
# centred near 0, a case weight w) and key-value lines: by segment the weighted means (svyby
# svymean) of income and the weighted level shares of region, the weighted totals, and svychisq's
# Rao-Scott first-order correction (statistic = "Chisq") of segment by region, for a design with
# weights only (ids = ~1). The rows are written shuffled by id so that a join by id is exercised.
suppressMessages(library(survey))
set.seed(2026)
n <- 600
segment <- sample(1:3, n, replace = TRUE, prob = c(0.5, 0.3, 0.2))
p <- rbind(c(0.4, 0.3, 0.2, 0.1), c(0.25, 0.25, 0.25, 0.25), c(0.1, 0.2, 0.3, 0.4))
region <- sapply(segment, function(s) sample(c("North", "South", "East", "West"), 1, prob = p[s, ]))
income <- round(rlnorm(n, 10 + 0.2 * segment, 0.5))
score <- round(rnorm(n, c(-1, 0, 1)[segment], 1), 2)
w <- round(exp(rnorm(n, 0, 0.6)) * ifelse(region == "West", 2, 1), 3)
d <- data.frame(id = sprintf("P%04d", 1:n), segment = segment, region = region, income = income,
                score = score, w = w)
write.csv(d[sample(n), ], "../weighted-survey.csv", row.names = FALSE, quote = FALSE)
design <- svydesign(ids = ~1, weights = ~w, data = d)
cat("# survey", as.character(packageVersion("survey")), "on", R.version.string, "; written by weighted-survey.R\n")
means <- svyby(~income, ~segment, design, svymean)
cat("income.means", sprintf("%.10f", coef(means)), "\n")
cat("income.total", sprintf("%.10f", coef(svymean(~income, design))), "\n")
score <- svyby(~score, ~segment, design, svymean)
cat("score.means", sprintf("%.10f", coef(score)), "\n")
cat("score.total", sprintf("%.10f", coef(svymean(~score, design))), "\n")
for (level in c("East", "North", "South", "West")) {
  d$is <- as.numeric(d$region == level)
  design <- svydesign(ids = ~1, weights = ~w, data = d)
  shares <- svyby(~is, ~segment, design, svymean)
  cat(paste0("region.", level, ".shares"), sprintf("%.10f", coef(shares)), "\n")
}
cat("segment.weights", sprintf("%.10f", tapply(d$w, d$segment, sum)), "\n")
# statistic = "Chisq" reports Pearson's X² of the weighted table scaled to n and the p-value of
# X² / mean(diag(Delta)); statistic = "F" reports X² / sum(diag(Delta)), so X² / F / df is the mean
# design effect and F x df the corrected statistic.
test <- svychisq(~segment + region, design, statistic = "Chisq")
second <- svychisq(~segment + region, design, statistic = "F")
df <- as.numeric(test$parameter)
cat("chisq.pearson", sprintf("%.10f", test$statistic), "\n")
cat("chisq.designEffect", sprintf("%.10f", test$statistic / second$statistic / df), "\n")
cat("chisq.raoScott", sprintf("%.10f", second$statistic * df), "\n")
cat("chisq.df", df, "\n")
cat("chisq.p", sprintf("%.10e", test$p.value), "\n")
