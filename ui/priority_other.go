//go:build !linux

package ui

// lowerPriority does nothing where threads have no priority of their own.
func lowerPriority() {}
