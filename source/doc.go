// Package source is where byline's articles come from: the edge at which
// files, directories, standard input and the embedded sample are read,
// checked (too large, empty, binary) and handed on as bytes or text, and
// at which pages and feeds fetched by package source/web become articles
// (PageArticle, FeedArticle).
// The command line's printing modes (--plain, --json, --export) and the
// interactive reader both load through it, so printing an article needs
// nothing of the reader.
//
// It stands beside package article rather than inside it, because the
// two differ in kind: article turns text into data (decode, clean,
// analyse) and does no I/O, so that it can be tested, fuzzed and reused
// on any bytes; source does the I/O, with its limits and its errors, and
// knows nothing of parsing but the binary check it shares with Parse.
// The errors are article's (*article.Error), one vocabulary for a bad
// input whichever step refused it.
package source
