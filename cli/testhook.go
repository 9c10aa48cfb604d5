//go:build !bylinetest

package cli

import tea "charm.land/bubbletea/v2"

// wrapForTest returns m. A binary built with the bylinetest tag wraps it
// instead in a model that panics on request, to test the guard end to end
// (testhook_bylinetest.go); release builds carry no such hook.
func wrapForTest(m tea.Model) tea.Model { return m }
