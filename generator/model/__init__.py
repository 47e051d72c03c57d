"""Model: the values every stage shares: article, fact sheet, story, views, problems, layout.

Plain data and the rules that belong to it; imports nothing else of the project.
"""
