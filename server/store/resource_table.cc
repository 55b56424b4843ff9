#include "store/resource_table.h"

#include <stdexcept>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "domain/calendar.h"
#include "google/protobuf/timestamp.pb.h"
#include "google/type/date.pb.h"
#include "google/type/money.pb.h"
#include "leadflow/v1/common.pb.h"
#include "store/row_values.h"
#include "store/sqlite_rows.h"

namespace leadflow::store {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

constexpr const char* kAddressParts[] = {"street", "city", "state", "postal_code",
                                         "country"};

std::string Placeholders(std::size_t count) {
  return absl::StrJoin(std::vector<std::string>(count, "?"), ", ");
}

google::type::Date ParseDateText(const std::string& text) {
  google::type::Date date;
  int year = 0, month = 0, day = 0;
  if (std::sscanf(text.c_str(), "%d-%d-%d", &year, &month, &day) == 3) {
    date.set_year(year);
    date.set_month(month);
    date.set_day(day);
  }
  return date;
}

}  // namespace

ResourceTable::ResourceTable(const google::protobuf::Descriptor& descriptor,
                             std::string table, std::string collection,
                             const std::vector<Reference>& references)
    : descriptor_(descriptor), table_(std::move(table)), collection_(std::move(collection)) {
  columns_.emplace_back("id");
  for (int i = 0; i < descriptor.field_count(); ++i) {
    const FieldDescriptor* field = descriptor.field(i);
    const std::string& name = field->name();
    if (name == "name" || name == "etag") continue;
    if (field->is_repeated()) {
      throw std::logic_error(absl::StrCat("repeated field ", field->full_name(),
                                          " has no column mapping"));
    }
    Field mapped{field, Kind::kBlob, ""};
    switch (field->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        mapped.kind = Kind::kText;
        for (const Reference& reference : references) {
          if (reference.field == name) {
            mapped.kind = Kind::kReference;
            mapped.collection = reference.collection;
          }
        }
        columns_.push_back(mapped.kind == Kind::kReference ? name + "_id" : name);
        break;
      case FieldDescriptor::CPPTYPE_INT32:
      case FieldDescriptor::CPPTYPE_INT64:
      case FieldDescriptor::CPPTYPE_BOOL:
      case FieldDescriptor::CPPTYPE_ENUM:
        mapped.kind = Kind::kInteger;
        columns_.push_back(name);
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE: {
        const std::string& type = field->message_type()->full_name();
        if (type == google::protobuf::Timestamp::descriptor()->full_name()) {
          mapped.kind = Kind::kTimestamp;
          columns_.push_back(name + "_us");
        } else if (type == google::type::Money::descriptor()->full_name()) {
          mapped.kind = Kind::kMoney;
          for (const char* part : {"_currency", "_units", "_nanos"}) {
            columns_.push_back(name + part);
          }
        } else if (type == google::type::Date::descriptor()->full_name()) {
          mapped.kind = Kind::kDate;
          columns_.push_back(name);
        } else if (type == leadflow::v1::PostalAddress::descriptor()->full_name()) {
          mapped.kind = Kind::kAddress;
          for (const char* part : kAddressParts) columns_.push_back(absl::StrCat(name, "_", part));
        } else {
          mapped.kind = Kind::kBlob;
          columns_.push_back(name);
        }
        break;
      }
      default:
        throw std::logic_error(absl::StrCat("field ", field->full_name(),
                                            " has no column mapping"));
    }
    fields_.push_back(std::move(mapped));
  }
  columns_.emplace_back("revision");

  select_columns_ = absl::StrJoin(columns_, ", ");
  // RETURNING hands back the row as stored in the statement that wrote it,
  // so a write needs no second statement to read its result.
  insert_sql_ = absl::StrCat("INSERT INTO ", table_, " (", select_columns_, ") VALUES (",
                             Placeholders(columns_.size()), ") RETURNING ", select_columns_);
  std::vector<std::string> assignments;
  for (std::size_t i = 1; i < columns_.size(); ++i) {
    assignments.push_back(absl::StrCat(columns_[i], " = ?"));
  }
  update_sql_ = absl::StrCat("UPDATE ", table_, " SET ", absl::StrJoin(assignments, ", "),
                             " WHERE id = ? RETURNING ", select_columns_);
}

std::string ResourceTable::ColumnOf(absl::string_view field) const {
  for (const Field& mapped : fields_) {
    if (mapped.descriptor->name() != field) continue;
    switch (mapped.kind) {
      case Kind::kReference: return absl::StrCat(field, "_id");
      case Kind::kTimestamp: return absl::StrCat(field, "_us");
      case Kind::kMoney:
      case Kind::kAddress:
        throw std::logic_error(absl::StrCat(field, " spans several columns"));
      default: return std::string(field);
    }
  }
  throw std::logic_error(absl::StrCat(table_, " has no field ", field));
}

std::string ResourceTable::IdOf(absl::string_view name) const {
  absl::string_view id = name;
  if (!absl::ConsumePrefix(&id, absl::StrCat(collection_, "/"))) return "";
  return std::string(id);
}

void ResourceTable::Bind(SQLite::Statement& statement, int first, const Message& message,
                         std::int64_t revision) const {
  StatementSink sink(statement, first);
  Write(message, revision, sink);
}

std::int64_t ResourceTable::Read(SQLite::Statement& statement, Message& message) const {
  StatementSource source(statement);
  return Read(source, message);
}

void ResourceTable::Write(const Message& message, std::int64_t revision, RowSink& row) const {
  const Reflection& reflection = *message.GetReflection();
  for (const Field& field : fields_) {
    const FieldDescriptor* fd = field.descriptor;
    switch (field.kind) {
      case Kind::kText:
        row.Text(reflection.GetString(message, fd));
        break;
      case Kind::kReference: {
        std::string value = reflection.GetString(message, fd);
        absl::string_view id = value;
        absl::ConsumePrefix(&id, absl::StrCat(field.collection, "/"));
        if (id.empty()) {
          row.Null();
        } else {
          row.Text(std::string(id));
        }
        break;
      }
      case Kind::kInteger:
        switch (fd->cpp_type()) {
          case FieldDescriptor::CPPTYPE_INT32: row.Integer(reflection.GetInt32(message, fd)); break;
          case FieldDescriptor::CPPTYPE_INT64: row.Integer(reflection.GetInt64(message, fd)); break;
          case FieldDescriptor::CPPTYPE_BOOL: row.Integer(reflection.GetBool(message, fd) ? 1 : 0); break;
          default: row.Integer(reflection.GetEnumValue(message, fd)); break;
        }
        break;
      case Kind::kTimestamp:
        if (reflection.HasField(message, fd)) {
          row.Integer(ToMicros(static_cast<const google::protobuf::Timestamp&>(
              reflection.GetMessage(message, fd))));
        } else {
          row.Null();
        }
        break;
      case Kind::kMoney: {
        const auto& money =
            static_cast<const google::type::Money&>(reflection.GetMessage(message, fd));
        row.Text(money.currency_code());
        row.Integer(money.units());
        row.Integer(money.nanos());
        break;
      }
      case Kind::kDate:
        row.Text(domain::DateText(
            static_cast<const google::type::Date&>(reflection.GetMessage(message, fd))));
        break;
      case Kind::kAddress: {
        const Message& address = reflection.GetMessage(message, fd);
        const Reflection& parts = *address.GetReflection();
        for (const char* part : kAddressParts) {
          row.Text(parts.GetString(address, address.GetDescriptor()->FindFieldByName(part)));
        }
        break;
      }
      case Kind::kBlob:
        if (reflection.HasField(message, fd)) {
          row.Bytes(reflection.GetMessage(message, fd).SerializeAsString());
        } else {
          row.Null();
        }
        break;
    }
  }
  row.Integer(revision);
}

std::int64_t ResourceTable::Read(RowSource& row, Message& message) const {
  const Reflection& reflection = *message.GetReflection();
  reflection.SetString(&message, descriptor_.FindFieldByName("name"),
                       absl::StrCat(collection_, "/", row.Text()));
  for (const Field& field : fields_) {
    const FieldDescriptor* fd = field.descriptor;
    switch (field.kind) {
      case Kind::kText:
        reflection.SetString(&message, fd, row.Text());
        break;
      case Kind::kReference: {
        if (row.NextIsNull()) {
          row.Skip();
          reflection.SetString(&message, fd, "");
        } else {
          reflection.SetString(&message, fd, absl::StrCat(field.collection, "/", row.Text()));
        }
        break;
      }
      case Kind::kInteger: {
        std::int64_t value = row.Integer();
        switch (fd->cpp_type()) {
          case FieldDescriptor::CPPTYPE_INT32: reflection.SetInt32(&message, fd, static_cast<std::int32_t>(value)); break;
          case FieldDescriptor::CPPTYPE_INT64: reflection.SetInt64(&message, fd, value); break;
          case FieldDescriptor::CPPTYPE_BOOL: reflection.SetBool(&message, fd, value != 0); break;
          default: reflection.SetEnumValue(&message, fd, static_cast<int>(value)); break;
        }
        break;
      }
      case Kind::kTimestamp: {
        if (row.NextIsNull()) {
          row.Skip();
        } else {
          reflection.MutableMessage(&message, fd)->CopyFrom(TimestampFromMicros(row.Integer()));
        }
        break;
      }
      case Kind::kMoney: {
        google::type::Money money;
        money.set_currency_code(row.Text());
        money.set_units(row.Integer());
        money.set_nanos(static_cast<std::int32_t>(row.Integer()));
        if (money.ByteSizeLong() > 0) reflection.MutableMessage(&message, fd)->CopyFrom(money);
        break;
      }
      case Kind::kDate: {
        std::string text = row.Text();
        if (!text.empty()) reflection.MutableMessage(&message, fd)->CopyFrom(ParseDateText(text));
        break;
      }
      case Kind::kAddress: {
        leadflow::v1::PostalAddress address;
        const Reflection& parts = *address.GetReflection();
        for (const char* part : kAddressParts) {
          parts.SetString(&address, address.GetDescriptor()->FindFieldByName(part),
                          row.Text());
        }
        if (address.ByteSizeLong() > 0) reflection.MutableMessage(&message, fd)->CopyFrom(address);
        break;
      }
      case Kind::kBlob: {
        if (row.NextIsNull()) {
          row.Skip();
        } else {
          reflection.MutableMessage(&message, fd)->ParseFromString(row.Bytes());
        }
        break;
      }
    }
  }
  std::int64_t revision = row.Integer();
  reflection.SetString(&message, descriptor_.FindFieldByName("etag"), EtagForRevision(revision));
  return revision;
}

}  // namespace leadflow::store
