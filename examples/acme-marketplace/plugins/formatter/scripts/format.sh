#!/usr/bin/env bash
# Format the file named in the hook input.
