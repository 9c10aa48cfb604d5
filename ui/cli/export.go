package cli

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/ui"
)

// exportFlag reads --export FMT or --export=FMT at args[i]. It reports
// whether args[i] is that flag, and returns the index of its last
// argument.
func (o *options) exportFlag(args []string, i int) (next int, ok bool, err error) {
	a := args[i]
	name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
	if name != "export" || !strings.HasPrefix(a, "-") {
		return i, false, nil
	}
	if !hasValue {
		if i+1 >= len(args) {
			return i, true, errors.New("--export needs a format: md, json or csv")
		}
		i++
		value = args[i]
	}
	f, err := export.ParseFormat(value)
	if err != nil {
		return i, true, err
	}
	o.export, o.exporting = f, true
	return i, true, nil
}

// checkExport refuses --export with another output flag, and makes it the
// output mode.
func (o *options) checkExport() error {
	if !o.exporting {
		return nil
	}
	if o.mode != modeAuto {
		return errors.New("--export cannot be combined with --json or --plain")
	}
	o.mode = modeExport
	return nil
}

// writeExport prints each source's quotes and people in format f. Several
// Markdown or JSON exports follow one another, separated by a blank line;
// several CSV exports share one header row. A source that does not parse
// is reported and left out.
func writeExport(w io.Writer, srcs []ui.Source, lx *extract.Lexicon, f export.Format, report func(error)) error {
	bw := bufio.NewWriter(w)
	n := 0
	for _, s := range srcs {
		a, err := parseSource(s)
		if err != nil {
			report(err)
			continue
		}
		a.Analysis = article.Analyze(a, lx)
		out := export.Render(f, a, webURL(a))
		if n++; n > 1 {
			if f == export.FormatCSV {
				_, out, _ = strings.Cut(out, "\n")
			} else {
				bw.WriteString("\n")
			}
		}
		bw.WriteString(out)
	}
	return bw.Flush()
}

// webURL is the address a was fetched from, or "".
func webURL(a *article.Article) string {
	if strings.HasPrefix(a.Source, "http://") || strings.HasPrefix(a.Source, "https://") {
		return a.Source
	}
	return ""
}
