//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
dict holds size {key, value} pairs of strings. Returns 1 (true) or 0 (false).
//@@ signature
int check_dict_case(char* dict[][2], int size) {
//@@ solution
    if (size == 0) return 0;
    int has_lower = 0, has_upper = 0;
    for (int i = 0; i < size; ++i) {
        char* key = dict[i][0];
        for (int j = 0; key[j]; ++j) {
            if (!isalpha((unsigned char)key[j])) return 0;
            if (isupper((unsigned char)key[j])) has_upper = 1;
            if (islower((unsigned char)key[j])) has_lower = 1;
            if (has_upper + has_lower == 2) return 0;
        }
    }
    return 1;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { char *dict[][2] = {{"p", "pineapple"}, {"b", "banana"}}; assert(check_dict_case(dict, 2) == 1); }
    { char *dict[][2] = {{"p", "pineapple"}, {"A", "banana"}, {"B", "banana"}}; assert(check_dict_case(dict, 3) == 0); }
    { char *dict[][2] = {{"p", "pineapple"}, {"5", "banana"}, {"a", "apple"}}; assert(check_dict_case(dict, 3) == 0); }
    { char *dict[][2] = {{"Name", "John"}, {"Age", "36"}, {"City", "Houston"}}; assert(check_dict_case(dict, 3) == 0); }
    { char *dict[][2] = {{"STATE", "NC"}, {"ZIP", "12345"}}; assert(check_dict_case(dict, 2) == 1); }
    { char *dict[][2] = {{"fruit", "Orange"}, {"taste", "Sweet"}}; assert(check_dict_case(dict, 2) == 1); }
    { char *dict[][2] = {{"", ""}}; assert(check_dict_case(dict, 0) == 0); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed check_dict_case.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: the map is an array of {key, value} string pairs.
