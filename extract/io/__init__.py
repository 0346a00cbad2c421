"""Reading inputs, writing outputs and loading databases for batch runs."""
