##############################################################################
# HISTORY
##############################################################################

git log                          # shows the log of commits
git log --oneline                # shows the log of commits, each commit in a single line
git log --oneline --graph        # shows the log of commits, each commit in a single line with a graph
git log -n 5                     # lists the last 5 commits
git log -n 5 --oneline           # lists the last 5 commits, each commit in a single line

##############################################################################
# CLEANING
##############################################################################

git clean -f                     # removes untracked files permanently
git clean -fd                    # removes untracked files and directories permanently
git clean -fX                    # removes ignored files permanently
git clean -fx                    # removes ignored and non-ignored files permanently
