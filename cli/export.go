package cli

import (
	"errors"
	"io"
	"strings"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
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
			return i, true, errors.New("--export needs a format: md, json, jsonl or csv")
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

// writeExport prints each source's quotes and people in format f, all in
// one document of that format (export.Writer): several JSON exports make
// one array, several CSV exports one table. A source that does not parse,
// or whose analysis fails, is reported and left out.
func writeExport(w io.Writer, srcs []source.Source, lx *extract.Lexicon, f export.Format, report func(error)) error {
	ew := export.NewWriter(w, f)
	for _, s := range srcs {
		a, _, err := load(s)
		if err != nil {
			report(err)
			continue
		}
		if err := analyze(a, s.Name, lx); err != nil {
			report(err)
			continue
		}
		if err := ew.Write(a, webURL(a)); err != nil {
			return err
		}
	}
	return ew.Close()
}

// webURL is the address a was fetched from, or "".
func webURL(a *article.Article) string {
	if strings.HasPrefix(a.Source, "http://") || strings.HasPrefix(a.Source, "https://") {
		return a.Source
	}
	return ""
}
