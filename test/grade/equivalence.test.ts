import { describe, expect, it } from 'vitest';
import { commandWords, isOneItemCommandLine, sameCommand, shellWords } from '../../src/grade/command-line.js';
import { parseSchedule, sameSchedule } from '../../src/grade/cron.js';

describe('command equivalence', () => {
  const traceroute = ['traceroute', 'google.com'];
  it.each([
    [['traceroute', 'google.com']],
    [['/bin/sh', '-c', 'traceroute google.com']],
    [['sh', '-c', 'traceroute   google.com']],
    [['/usr/sbin/traceroute', 'google.com']],
    [['/bin/sh', '-c', "traceroute 'google.com'"]],
    [['bash', '-ec', 'traceroute google.com;']],
  ])('%j runs traceroute google.com', (argv) => {
    expect(sameCommand(argv, traceroute)).toBe(true);
  });

  it.each([
    [['traceroute', 'www.google.com']],
    [['traceroute google.com']],
    [['echo', 'traceroute', 'google.com']],
    [['/bin/sh', '-c', 'echo "traceroute to google.com (142.250.74.46), 30 hops max"']],
    [['/bin/sh', '-c', 'traceroute', 'google.com']],
  ])('%j does not', (argv) => {
    expect(sameCommand(argv, traceroute)).toBe(false);
  });

  const heartbeat = ['/bin/sh', '-c', 'echo $(cat /run/secret/username) has logged into $(cat /run/secret/endpoint)'];
  it('quoting a command substitution does not change the command', () => {
    expect(sameCommand(['sh', '-c', 'echo "$(cat /run/secret/username)" has logged into "$( cat /run/secret/endpoint )"'], heartbeat)).toBe(true);
  });

  it('a hard-coded output is not the command', () => {
    expect(sameCommand(['echo', 'Jeff', 'has', 'logged', 'into', 'http://localhost:8080/login'], heartbeat)).toBe(false);
    expect(sameCommand(['echo', 'Jeff'], ['/bin/sh', '-c', 'ls -al /etc/not-secret; cat /etc/not-secret/username'])).toBe(false);
  });

  it('keeps $(VAR) exact: Kubernetes expands it before the shell runs', () => {
    expect(
      sameCommand(['/bin/sh', '-c', 'traceroute -w $(TTW) -m $(MAX-HOPS) $(TARGET)'], ['/bin/sh', '-c', 'traceroute -w $(TTW) -m $(MAX_HOPS) $(TARGET)']),
    ).toBe(false);
  });

  it('sorts combined short flags and splits shell operators', () => {
    expect(commandWords(['/bin/sh', '-c', 'ls -la /etc/not-secret;cat /etc/not-secret/username'])).toEqual([
      'ls',
      '-al',
      '/etc/not-secret',
      ';',
      'cat',
      '/etc/not-secret/username',
    ]);
    expect(shellWords('a && b || c | d')).toEqual(['a', '&&', 'b', '||', 'c', '|', 'd']);
  });

  it('recognises the whole command line written as one list item', () => {
    expect(isOneItemCommandLine(['traceroute google.com'], traceroute)).toBe(true);
    expect(isOneItemCommandLine(['traceroute', 'google.com'], traceroute)).toBe(false);
  });
});

describe('cron equivalence', () => {
  const everyMinute = parseSchedule('* * * * *')!;
  it.each(['* * * * *', '*/1 * * * *', '0-59 * * * *', '* * ? * *', '* * * * 0-6', '* * 1-31 * *', '@every 1m', '@every 60s'])(
    '%s fires every minute',
    (text) => {
      const schedule = parseSchedule(text);
      expect(schedule).toBeDefined();
      expect(sameSchedule(schedule!, everyMinute)).toBe(true);
    },
  );

  it.each(['*/2 * * * *', '@hourly', '* 0-22 * * *', '* * * * 1-5', '@every 2m'])('%s does not', (text) => {
    expect(sameSchedule(parseSchedule(text)!, everyMinute)).toBe(false);
  });

  it.each(['* * * * * *', '61 * * * *', 'every minute', '', '@every', '@minutely'])('%j is not a schedule the controller accepts', (text) => {
    expect(parseSchedule(text)).toBeUndefined();
  });

  it('follows cron day semantics: both day fields restricted means either', () => {
    expect(sameSchedule(parseSchedule('0 0 1 * 1')!, parseSchedule('0 0 1 * *')!)).toBe(false);
    // Kubernetes (robfig/cron) numbers the days of the week 0-6: 7 is refused, not read as Sunday.
    expect(parseSchedule('0 0 * * 7')).toBeUndefined();
    expect(sameSchedule(parseSchedule('@daily')!, parseSchedule('0 0 * * *')!)).toBe(true);
  });
});
