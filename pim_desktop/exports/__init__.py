"""Exports: the operation's views as documents (plain data, built in build.py) written by one writer per
format. Nothing here imports Qt; the heavy libraries (XlsxWriter, reportlab) are imported by their writer only
when it is asked for, so starting the window never pays for them."""
