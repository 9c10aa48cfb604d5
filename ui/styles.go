package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/ui/pager"
)

// Styles are all of byline's looks, built once per theme by NewStyles.
type Styles struct {
	// NoColor reports whether the styles use no colour at all (NO_COLOR).
	NoColor bool

	Pager pager.Styles
	Help  help.Styles
	Input textinput.Styles

	SectionTitle        lipgloss.Style // a sidebar section's title
	SectionTitleFocused lipgloss.Style // the title of the section with focus
	Cursor              lipgloss.Style // the bar before the selected item of the focused section
	CursorBlurred       lipgloss.Style // the same in a section without focus
	Selected            lipgloss.Style // the selected row of the focused section
	Dim                 lipgloss.Style // secondary text: roles, counts, quote text
	Unknown             lipgloss.Style // "— unknown" speaker
	Source              lipgloss.Style // a speaker that is not a named person
	Person              lipgloss.Style // a person's name; the palette adds the colour
	Border              lipgloss.Style // the rule between body and sidebar
	Overlay             lipgloss.Style // the frame of the sidebar and help overlays

	Status      lipgloss.Style // the status bar line
	StatusTitle lipgloss.Style
	StatusNote  lipgloss.Style // "analysing…", search results
	StatusKey   lipgloss.Style // the "? help" hint
	Error       lipgloss.Style
	ErrorTitle  lipgloss.Style

	// palette colours people by the order they first appear; nil when
	// NoColor.
	palette []color.Color
	// quoteColor marks quotes whose speaker is not a named person.
	quoteColor color.Color
}

// NewStyles returns the styles for a dark or light background. With noColor
// no colour is used; emphasis comes from bold, underline and reverse.
func NewStyles(isDark, noColor bool) Styles {
	if noColor {
		return monoStyles()
	}
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	accent := ld(c("#5A56E0"), c("#8F8CFF"))
	dim := ld(c("#6C6C6C"), c("#8A8A8A"))
	faint := ld(c("#D0D0D0"), c("#3A3A3A"))
	barBg := ld(c("#E4E4E4"), c("#262626"))
	selBg := ld(c("#DADADA"), c("#3A3A3A"))
	text := ld(c("#1C1C1C"), c("#DADADA"))

	s := Styles{
		Help:                help.DefaultStyles(isDark),
		Input:               textinput.DefaultStyles(isDark),
		Pager:               pager.DefaultStyles(isDark, false),
		SectionTitle:        lipgloss.NewStyle().Bold(true).Foreground(dim),
		SectionTitleFocused: lipgloss.NewStyle().Bold(true).Foreground(accent).Underline(true),
		Cursor:              lipgloss.NewStyle().Foreground(accent),
		CursorBlurred:       lipgloss.NewStyle().Foreground(faint),
		Selected:            lipgloss.NewStyle().Background(selBg),
		Dim:                 lipgloss.NewStyle().Foreground(dim),
		Unknown:             lipgloss.NewStyle().Foreground(dim).Italic(true),
		Source:              lipgloss.NewStyle().Foreground(text).Italic(true),
		Person:              lipgloss.NewStyle().Bold(true),
		Border:              lipgloss.NewStyle().Foreground(faint),
		Overlay:             lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
		Status:              lipgloss.NewStyle().Background(barBg).Foreground(text),
		StatusTitle:         lipgloss.NewStyle().Background(barBg).Foreground(text).Bold(true),
		StatusNote:          lipgloss.NewStyle().Background(barBg).Foreground(accent),
		StatusKey:           lipgloss.NewStyle().Background(barBg).Foreground(dim),
		Error:               lipgloss.NewStyle().Foreground(text),
		ErrorTitle:          lipgloss.NewStyle().Bold(true).Foreground(ld(c("#C0152F"), c("#FF6B6B"))),
		quoteColor:          dim,
	}
	// (light, dark) pairs of distinct, readable colours.
	personPalette := [...][2]string{
		{"#B3261E", "#FF8A80"}, // red
		{"#0B57D0", "#82B1FF"}, // blue
		{"#137333", "#9CCC65"}, // green
		{"#8E24AA", "#E1A6F0"}, // purple
		{"#B06000", "#FFCC80"}, // orange
		{"#00796B", "#80CBC4"}, // teal
		{"#C2185B", "#F48FB1"}, // pink
		{"#5D4037", "#D7B899"}, // brown
		{"#3949AB", "#9FA8DA"}, // indigo
		{"#827717", "#E6EE9C"}, // olive
	}
	s.Input.Focused.Prompt = lipgloss.NewStyle().Foreground(accent).Bold(true)
	for _, p := range personPalette {
		s.palette = append(s.palette, ld(c(p[0]), c(p[1])))
	}
	return s
}

// monoStyles are the NO_COLOR styles: attributes only.
func monoStyles() Styles {
	n := lipgloss.NewStyle
	return Styles{
		NoColor: true,
		Help: help.Styles{
			Ellipsis: n(), ShortKey: n().Bold(true), ShortDesc: n(), ShortSeparator: n(),
			FullKey: n().Bold(true), FullDesc: n(), FullSeparator: n(),
		},
		Input:               monoInputStyles(),
		Pager:               pager.DefaultStyles(false, true),
		SectionTitle:        n().Bold(true),
		SectionTitleFocused: n().Bold(true).Underline(true),
		Cursor:              n().Bold(true),
		CursorBlurred:       n(),
		Selected:            n().Reverse(true),
		Dim:                 n(),
		Unknown:             n().Italic(true),
		Source:              n().Italic(true),
		Person:              n().Bold(true),
		Border:              n(),
		Overlay:             n().Border(lipgloss.RoundedBorder()).Padding(0, 1),
		Status:              n().Reverse(true),
		StatusTitle:         n().Reverse(true).Bold(true),
		StatusNote:          n().Reverse(true),
		StatusKey:           n().Reverse(true),
		Error:               n(),
		ErrorTitle:          n().Bold(true),
	}
}

func monoInputStyles() textinput.Styles {
	var s textinput.Styles
	s.Focused.Prompt = lipgloss.NewStyle().Bold(true)
	s.Blurred.Prompt = lipgloss.NewStyle()
	return s
}

// PersonColor is the colour of the person who first appears at position
// rank among the article's people (0 for the first); nil without colour.
func (s Styles) PersonColor(rank int) color.Color {
	if len(s.palette) == 0 || rank < 0 {
		return nil
	}
	return s.palette[rank%len(s.palette)]
}

// PersonStyle styles the name of the person of the given rank.
func (s Styles) PersonStyle(rank int) lipgloss.Style {
	if c := s.PersonColor(rank); c != nil {
		return s.Person.Foreground(c)
	}
	return s.Person
}
