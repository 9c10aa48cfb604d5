package ui

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// filteringList is a `o` list of three articles with /heat typed, and
// the filter's results of each key, not handed to the list yet.
func filteringList() (libraryList, [][]tea.Msg) {
	l := newLibraryList(NewStyles(true, true))
	l.SetSize(100, 30)
	runCmd(l.Open([]list.Item{
		sourceItem{idx: 0, title: "Alpha Headline", desc: "a.txt"},
		sourceItem{idx: 1, title: "Heat Wave Closes Schools", desc: "heat.txt"},
		sourceItem{idx: 2, title: "Harbor Ferry Returns", desc: "b.md"},
	}, 0))
	l, _ = l.Update(press("/"))
	var results [][]tea.Msg
	for _, k := range []string{"h", "e", "a", "t"} {
		var cmd tea.Cmd
		l, cmd = l.Update(press(k))
		results = append(results, runCmd(cmd))
	}
	return l, results
}

// shown is the titles of the items l shows.
func shown(l libraryList) []string {
	var got []string
	for _, it := range l.list.VisibleItems() {
		got = append(got, it.(sourceItem).title)
	}
	return got
}

// TestFilterResultsInOrder types /heat in the `o` list and hands the
// list the filter's results last key first, as a busy machine may: the
// list shows the results for "heat", not those for "h".
func TestFilterResultsInOrder(t *testing.T) {
	l, results := filteringList()
	for _, msgs := range slices.Backward(results) {
		for _, msg := range msgs {
			l, _ = l.Update(msg)
		}
	}
	if got := shown(l); !slices.Equal(got, []string{"Heat Wave Closes Schools"}) {
		t.Errorf("/heat shows %q", got)
	}
}

// TestFilterEnterBeforeResults presses enter after /heat before any of
// the filter's results are in: the filter is applied for "heat".
func TestFilterEnterBeforeResults(t *testing.T) {
	l, _ := filteringList()
	l, _ = l.Update(press("enter"))
	if got := shown(l); l.list.FilterState() != list.FilterApplied || !slices.Equal(got, []string{"Heat Wave Closes Schools"}) {
		t.Errorf("enter: filter %v, shows %q", l.list.FilterState(), got)
	}
}
