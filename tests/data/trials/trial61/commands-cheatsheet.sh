##############################################################################
# SERVICES
##############################################################################

systemctl status nginx          # shows whether the service runs, and its last log lines
systemctl start nginx           # starts the service now
systemctl enable nginx          # starts the service at every boot
systemctl restart nginx         # stops then starts the service,
# dropping its open connections
systemctl reload nginx          #re-reads the configuration without a restart
systemctl list-units --type=service --state=running   # lists the running services

##############################################################################
# LOGS
##############################################################################

journalctl -u nginx             # shows the service's log
journalctl -u nginx -f          # follows the log as lines arrive

# Filtering
journalctl --since "1 hour ago" # shows the log of the last hour
journalctl -p err -b            # shows the errors since the last boot
journalctl --vacuum-size=200M

# Log levels:
#   0 emerg, 1 alert, 2 crit, 3 err
#   4 warning, 5 notice, 6 info, 7 debug
