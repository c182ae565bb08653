#!/usr/bin/env python3
"""Fill a PDF form from a JSON file of values."""
