package cli

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/article/export"
)

func TestExportFlag(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		format  export.Format
		paths   []string
		wantErr string
	}{
		{"separate value", []string{"--export", "csv", "a.txt"}, export.FormatCSV, []string{"a.txt"}, ""},
		{"with =", []string{"a.txt", "--export=json"}, export.FormatJSON, []string{"a.txt"}, ""},
		{"single dash", []string{"-export", "md", "a.txt"}, export.FormatMarkdown, []string{"a.txt"}, ""},
		{"no value", []string{"a.txt", "--export"}, 0, nil, "needs a format"},
		{"bad format", []string{"--export", "pdf", "a.txt"}, 0, nil, "pdf"},
		{"with --json", []string{"--json", "--export", "md"}, 0, nil, "cannot be combined"},
		{"with --plain after", []string{"--export", "md", "--plain"}, 0, nil, "cannot be combined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o, err := parseArgs(tc.args)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.mode != modeExport || o.export != tc.format || strings.Join(o.paths, " ") != strings.Join(tc.paths, " ") {
				t.Errorf("mode %d format %v paths %q", o.mode, o.export, o.paths)
			}
		})
	}
	if o, err := parseArgs([]string{"--no-history", "a.txt"}); err != nil || !o.noHistory {
		t.Errorf("--no-history: %v %+v", err, o)
	}
}
