# SPDX-License-Identifier: EPL-2.0
#
# Writes the SPSS test files of org.segmenta.data.tests with haven (ReadStat), as a Nordic member
# survey exported from SPSS would look. Run from this folder: Rscript make-sav.R
# (Debian: r-base-core r-cran-haven; haven 2.5.1 wrote the committed files.)
library(haven)

survey <- data.frame(id = 1:8)
survey$region <- factor(c("Hovedstaden", "Sjælland", "Syddanmark", "Hovedstaden", "Midtjylland",
		"Sjælland", "Hovedstaden", "Syddanmark"),
	levels = c("Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland"))
attr(survey$region, "label") <- "Region, hvor du bor"
# a 1-5 satisfaction scale with two user-missing codes, as SPSS users declare them
survey$q1 <- labelled_spss(c(5, 4, 98, 3, 99, 5, 1, 2),
	labels = c("Meget utilfreds" = 1, "Utilfreds" = 2, "Hverken eller" = 3, "Tilfreds" = 4,
		"Meget tilfreds" = 5, "Ved ikke" = 98, "Vil ikke svare" = 99),
	na_values = c(98, 99), label = "Hvor tilfreds er du med dit medlemskab?")
# an ordered factor: SPSS measurement level ordinal
survey$engagement <- factor(c("Lav", "Høj", "Middel", "Middel", "Høj", "Lav", "Høj", NA),
	levels = c("Lav", "Middel", "Høj"), ordered = TRUE)
attr(survey$engagement, "label") <- "Engagement i foreningen"
# a missing range: every age of 900 and above means "not given"
survey$age <- labelled_spss(c(34, 51, 999, 27, 63, 45, 38, 72), na_range = c(900, Inf),
	label = "Alder")
survey$name <- c("Søren Ærø", "Åsa Öberg", "Päivi Mäkinen", "Jørgen Ødegård", "", "Ängla Åkesson",
	"Mette Bæk", "Öystein Ås")
attr(survey$name, "label") <- "Navn på medlemmet"
survey$joined <- as.Date(c("2019-03-01", "2021-11-15", NA, "2015-06-30", "2023-01-09", "2018-08-20",
	"2020-02-29", "2022-12-31"))
attr(survey$joined, "label") <- "Indmeldt"
survey$weight <- c(0.8, 1.2, 1.0, 0.9, 1.1, 1.3, 0.7, 1.0)
attr(survey$weight, "label") <- "Vægt (køn x alder)"

# haven cannot declare the file's weight variable (SPSS's WEIGHT BY), so set it in the header: the
# 1-based position of the variable's first 8-byte slot in a case (after the 60-byte product name,
# layout code, case size and compression fields: byte 76)
weigh <- function(path, variable) {
	bytes <- readBin(path, "raw", file.info(path)$size)
	widths <- sapply(survey, function(column) if (is.character(column))
		ceiling(max(8, max(nchar(column, type = "bytes"))) / 8) else 1)
	position <- sum(widths[seq_len(which(names(survey) == variable) - 1)]) + 1
	bytes[77:80] <- writeBin(as.integer(position), raw(), size = 4, endian = "little")
	writeBin(bytes, path)
}

write_sav(survey, "survey.sav")
weigh("survey.sav", "weight")
write_sav(survey, "survey-uncompressed.sav", compress = "none")
weigh("survey-uncompressed.sav", "weight")
# ZLIB-compressed (.zsav), which the reader does not read: the test gives it a .sav name
write_sav(survey, "survey-zlib.sav", compress = "zsav")

# A file as SPSS before version 16 wrote it on a Western European Windows: texts in Windows-1252,
# announced only by the character code of the machine record (extension record 3). haven cannot
# write one: it always writes UTF-8 (character code 65001; haven 2.5.1 writes no encoding record,
# extension record 20, either). So this is haven's uncompressed output with the code set to 1252
# and each text re-encoded in place.
find <- function(bytes, pattern) {
	for (i in seq_len(length(bytes) - length(pattern) + 1)) {
		if (all(bytes[i:(i + length(pattern) - 1)] == pattern)) return(i)
	}
	stop("pattern not found")
}
int32 <- function(value) writeBin(as.integer(value), raw(), size = 4, endian = "little")
set_character_code <- function(bytes, code) {
	start <- find(bytes, c(int32(7), int32(3), int32(4), int32(8)))
	bytes[(start + 16 + 28):(start + 16 + 31)] <- int32(code)
	bytes
}
# every UTF-8 text of the file in Windows-1252, padded with blanks to its old length, so the
# record lengths stay valid; labels and values end in blanks, which readers strip
to_windows_1252 <- function(bytes, texts) {
	for (text in unique(texts[grepl("[^ -~]", texts)])) {
		utf8 <- charToRaw(enc2utf8(text))
		legacy <- iconv(text, "UTF-8", "windows-1252", toRaw = TRUE)[[1]]
		legacy <- c(legacy, rep(charToRaw(" "), length(utf8) - length(legacy)))
		repeat {
			at <- tryCatch(find(bytes, utf8), error = function(e) NA)
			if (is.na(at)) break
			bytes[at:(at + length(utf8) - 1)] <- legacy
		}
	}
	bytes
}
write_sav(survey, "legacy.tmp", compress = "none")
weigh("legacy.tmp", "weight")
utf8 <- readBin("legacy.tmp", "raw", file.info("legacy.tmp")$size)
unlink("legacy.tmp")
# longest texts first, so "Sjælland" inside a longer label is not cut apart
texts <- c(survey$name, levels(survey$region), levels(survey$engagement),
	sapply(survey, function(column) attr(column, "label")) |> unlist(), names(attr(survey$q1, "labels")))
texts <- texts[order(-nchar(texts, type = "bytes"))]
writeBin(to_windows_1252(set_character_code(utf8, 1252), texts), "legacy-windows-1252.sav")

# Variable names with Nordic letters: haven writes their 8-byte short names in UTF-8 as they are
# (LøBENR, VæGT), which the library cannot look up; a very long string (over 255 bytes) lists its
# short name in extension record 14 as well.
nordic <- data.frame(løbenr = c("ÅØ001", "ÅØ002", "ÅØ003"))
nordic$tilfredshed <- labelled_spss(c(1, 99, 2), labels = c("Utilfreds" = 1, "Tilfreds" = 2, "Ved ikke" = 99),
	na_values = 99, label = "Hvor tilfreds er du?")
nordic$käyttö <- c(3.5, NA, 7)
nordic$förklaring <- c(strrep("Tak. ", 80), "kort", "")
nordic$vægt <- c(0.5, 1.25, 2)
attr(nordic$vægt, "label") <- "Vægt"
write_sav(nordic, "nordic-names.sav")

# Free-text answers longer than 255 bytes: SPSS stores such a "very long string" as segment
# variables of 255 bytes each (256 with padding) and names it in extension record 14. The answers
# are placed so that the segment boundaries (bytes 255 and 510) fall on a blank of the answer and
# inside two-byte UTF-8 letters; the file is read back with haven here and must give them unchanged.
long_answers <- function() {
	danish <- "Jeg sætter pris på, at fagforeningen hjælper med løn, arbejdstid og ferie, og at vi står sammen, når det gælder. "
	answer <- substr(strrep(danish, 6), 1, 600)
	# 252 bytes of æøå, then "abc" ends byte 254, so the blank is byte 255: the first of segment two
	blank_at_boundary <- paste0(strrep("æøå", 42), "abc", " ", strrep("Ærlig talt, ", 24), "slut.")
	# æ on bytes 254 and 255, ø on bytes 509 and 510: each split between two segments
	letter_across <- paste0(strrep("a", 254), "æ", strrep("b", 253), "ø", " Sidste ord.")
	texts <- c(answer, blank_at_boundary, letter_across, "Kort svar.", "")
	stopifnot(nchar(answer) == 600, nchar(answer, type = "bytes") > 600,
		substr(blank_at_boundary, 130, 130) == " ",
		nchar(substr(blank_at_boundary, 1, 129), type = "bytes") == 255,
		nchar(substr(letter_across, 1, 254), type = "bytes") == 254,
		nchar(substr(letter_across, 1, 508), type = "bytes") == 509)
	data.frame(løbenr = 1:5, svar = texts, alder = c(34, 51, 27, 63, 45))
}
long <- long_answers()
attr(long$svar, "label") <- "Hvorfor er du medlem?"
write_sav(long, "long-texts.sav")
write_sav(long, "long-texts-uncompressed.sav", compress = "none")
for (file in c("long-texts.sav", "long-texts-uncompressed.sav")) {
	stopifnot(all(read_sav(file)$svar == long$svar)) # haven reads them back whole
}
writeLines(long$svar, "long-texts.txt", useBytes = TRUE)
