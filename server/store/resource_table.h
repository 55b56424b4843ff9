#ifndef LEADFLOW_SERVER_STORE_RESOURCE_TABLE_H_
#define LEADFLOW_SERVER_STORE_RESOURCE_TABLE_H_

// How a resource message maps onto the columns of its table, derived from
// the message's descriptor so that every resource follows one set of rules
// and a new proto field cannot be silently dropped by a hand-written list:
//
//   name (IDENTIFIER)          -> id TEXT PRIMARY KEY (without "collection/")
//   etag                       -> revision INTEGER (the etag is the revision)
//   string                     -> <field> TEXT NOT NULL DEFAULT ''
//   a reference field          -> <field>_id TEXT NULL REFERENCES ... (the id
//                                 of a "collection/{id}" name; '' is NULL)
//   int32/int64/bool/enum      -> <field> INTEGER NOT NULL DEFAULT 0
//   google.protobuf.Timestamp  -> <field>_us INTEGER (NULL when unset)
//   google.type.Money          -> <field>_currency, <field>_units, <field>_nanos
//   google.type.Date           -> <field> TEXT 'YYYY-MM-DD' ('' when unset)
//   leadflow.v1.PostalAddress  -> <field>_street, _city, _state, _postal_code,
//                                 _country
//   any other message          -> <field> BLOB (serialized; NULL when unset)
//
// The schema in migrations.cc must have exactly these columns; the store
// tests compare them with PRAGMA table_info. The mapping is the same on
// PostgreSQL (postgres/pg_migrations.cc), with BIGINT for INTEGER, BYTEA for
// BLOB and TEXT COLLATE "C"; it reaches each engine through row_io.h.

#include <cstdint>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "store/row_io.h"

namespace leadflow::store {

class ResourceTable {
 public:
  // A string field holding the name of a resource in `collection`.
  struct Reference {
    std::string field;
    std::string collection;
  };

  ResourceTable(const google::protobuf::Descriptor& descriptor, std::string table,
                std::string collection, const std::vector<Reference>& references = {});

  const std::string& table() const { return table_; }
  const std::string& collection() const { return collection_; }
  const google::protobuf::Descriptor& descriptor() const { return descriptor_; }

  // Every column, "id" first and "revision" last.
  const std::vector<std::string>& columns() const { return columns_; }
  // The column of a field whose value is one column (not Money, Address).
  std::string ColumnOf(absl::string_view field) const;

  // "id, ..., revision", in the order Read expects.
  const std::string& select_columns() const { return select_columns_; }
  // "INSERT INTO t (id, ..., revision) VALUES (?, ...) RETURNING id, ...,
  // revision" (SQLite's).
  const std::string& insert_sql() const { return insert_sql_; }
  // "UPDATE t SET ... = ?, revision = ? WHERE id = ? RETURNING id, ...,
  // revision" (SQLite's).
  const std::string& update_sql() const { return update_sql_; }
  // Parameters Bind binds (every column but id).
  int bound_count() const { return static_cast<int>(columns_.size()) - 1; }

  // Writes every column of `message` but id, then `revision`, to `row`.
  void Write(const google::protobuf::Message& message, std::int64_t revision,
             RowSink& row) const;
  // Reads a row whose first columns are select_columns() into `message`,
  // setting its name and etag. Returns the row's revision.
  std::int64_t Read(RowSource& row, google::protobuf::Message& message) const;

  // The same on SQLite statements: Bind binds to the parameters
  // first .. first + bound_count() - 1.
  void Bind(SQLite::Statement& statement, int first,
            const google::protobuf::Message& message, std::int64_t revision) const;
  std::int64_t Read(SQLite::Statement& statement,
                    google::protobuf::Message& message) const;

  // The id in a resource name of this table's collection ("" if it is not).
  std::string IdOf(absl::string_view name) const;

 private:
  enum class Kind { kText, kReference, kInteger, kTimestamp, kMoney, kDate, kAddress, kBlob };
  struct Field {
    const google::protobuf::FieldDescriptor* descriptor;
    Kind kind;
    std::string collection;  // kReference only
  };

  const google::protobuf::Descriptor& descriptor_;
  std::string table_;
  std::string collection_;
  std::vector<Field> fields_;
  std::vector<std::string> columns_;
  std::string select_columns_;
  std::string insert_sql_;
  std::string update_sql_;
};

}  // namespace leadflow::store

#endif  // LEADFLOW_SERVER_STORE_RESOURCE_TABLE_H_
