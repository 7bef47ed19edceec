"""What every part of the window uses: messages (the one place errors become text), i18n,
labels for stored codes, display formats and styles, icons, pictures, typed text checks and
background jobs. Imports no other ui package.
"""
