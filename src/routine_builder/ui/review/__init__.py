"""The remiss round in the app: export for remiss, import the replies, work through them."""
