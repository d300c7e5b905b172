"""Readers and writers for the annotation formats newsgold exchanges with other tools."""
