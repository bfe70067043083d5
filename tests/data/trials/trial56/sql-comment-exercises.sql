-- Exercises on the library schema (books, authors, loans)


-- 1.1 List the titles of all books.
select title from books;

-- 1.2 List the title and the year of every book published before 1950.
select title, year from books where year < 1950;

-- 1.3 Count the books each author wrote.
select author_id, count(*) from books group by author_id;

-- 1.4 Find the books that were never lent.
select title from books
where id not in (select book_id from loans);
select b.title from books b left join loans l on l.book_id = b.id where l.id is null;

-- 1.5 Give the average number of loans per book.
select avg(n) from (select count(*) as n from loans group by book_id) as counts;

-- 1.6 Raise the value of every loan fee by 10%.
update loans
set fee = fee * 1.10;
