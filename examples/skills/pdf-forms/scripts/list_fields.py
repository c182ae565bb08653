#!/usr/bin/env python3
"""List the fields of a PDF form."""
