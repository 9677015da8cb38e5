"""Benchmarks of the pipeline at archive scale (``make bench``); results are printed, never asserted."""
