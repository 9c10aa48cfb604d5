package pager

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/article/extract"
)

// Mark colours a span of the body, such as a quote in its speaker's colour.
type Mark struct {
	Span  extract.Span
	Color color.Color
}

// Styles are the pager's looks; the root ui builds them from the theme.
type Styles struct {
	Title     lipgloss.Style
	Meta      lipgloss.Style
	Text      lipgloss.Style
	Highlight lipgloss.Style // every highlighted span
	Current   lipgloss.Style // the highlighted span in focus
	// NoColor says the terminal must get no colour (NO_COLOR is set):
	// marks are not coloured and Markdown is rendered without colour.
	NoColor bool
}

// DefaultStyles returns the pager's looks for a dark or light background,
// without colour when noColor is set.
func DefaultStyles(dark, noColor bool) Styles {
	if noColor {
		return Styles{
			Title:     lipgloss.NewStyle().Bold(true),
			Meta:      lipgloss.NewStyle().Faint(true),
			Text:      lipgloss.NewStyle(),
			Highlight: lipgloss.NewStyle().Reverse(true),
			Current:   lipgloss.NewStyle().Reverse(true).Bold(true).Underline(true),
			NoColor:   true,
		}
	}
	ld := lipgloss.LightDark(dark)
	return Styles{
		Title:     lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Color("#1a1a1a"), lipgloss.Color("#f2f2f2"))),
		Meta:      lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#6b6b6b"), lipgloss.Color("#8a8a8a"))),
		Text:      lipgloss.NewStyle(),
		Highlight: lipgloss.NewStyle().Background(ld(lipgloss.Color("#fde68a"), lipgloss.Color("#4a4020"))),
		Current:   lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Color("#ffffff"), lipgloss.Color("#1a1a1a"))).Background(ld(lipgloss.Color("#d97706"), lipgloss.Color("#fbbf24"))),
	}
}
